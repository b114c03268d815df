printf "kataba Alwaladu\\n" | mizan-tokenize --translit=buckwalter --buckwalter-input --field=token -
