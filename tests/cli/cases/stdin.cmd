printf 'ذهب\n' | mizan-tokenize -
