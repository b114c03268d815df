mizan frobnicate
