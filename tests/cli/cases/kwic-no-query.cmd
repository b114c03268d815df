mizan-kwic < /dev/null
