# readability-group-check.R - the group golden against R: mean, sd (n - 1) and t.test()$conf.int
# Run from the source root: Rscript tests/data/cli/readability-group-check.R
d <- read.delim("tests/cli/cases/readability-osman-paper.out", check.names=FALSE)
lev <- c("easy","hard","hard","easy"); names(lev) <- c("easy.txt","harder.txt","hard.txt","tashkeel.txt")
d$level <- lev[sub(".*osman-","",d$doc)]
g <- read.csv("tests/cli/cases/readability-group.out")
bad <- 0
for (i in seq_len(nrow(g))) {
  x <- d[d$level == g$group[i], g$measure[i]]
  m <- mean(x); s <- sd(x)
  ci <- if (s > 0) t.test(x)$conf.int else c(m, m)
  got <- c(g$mean[i], g$sd[i], g$ci_low[i], g$ci_high[i]); want <- c(m, s, ci)
  if (any(abs(got - want) > 1e-9 * pmax(1, abs(want)))) { bad <- bad + 1; print(g[i,]); print(want) }
}
cat("rows differing:", bad, "of", nrow(g), "\n")
