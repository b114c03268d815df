printf "ذهبتُ إلى السوقِ.\n" | mizan-kwic -w 1 السوق
