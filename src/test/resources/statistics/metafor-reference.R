# Prints metafor's own data and results, one value per line, for MetaforAgreementTest:
#   data,<analysis>,<study>,<a>,<n1>,<c>,<n2>            (binary measures)
#   data,<analysis>,<study>,<m1>,<sd1>,<n1>,<m2>,<sd2>,<n2> (continuous measures)
#   <analysis>,<method>,<quantity>,<study or 0>,<value>
suppressMessages(library(metafor))
num <- function(x) formatC(x, digits = 17, format = "g")

emit <- function(name, measure, args, drop00) {
  es <- do.call(escalc, c(list(measure = measure, drop00 = drop00), args))
  s <- summary(es)
  for (i in seq_len(nrow(es))) {
    if (!is.na(es$yi[i])) {
      cat(name, "escalc", "yi", i, num(es$yi[i]), sep = ","); cat("\n")
      cat(name, "escalc", "ci.lb", i, num(s$ci.lb[i]), sep = ","); cat("\n")
      cat(name, "escalc", "ci.ub", i, num(s$ci.ub[i]), sep = ","); cat("\n")
    } else {
      cat(name, "escalc", "dropped", i, "NA", sep = ","); cat("\n")
    }
  }
  for (method in c("FE", "DL")) {
    fit <- rma(yi, vi, data = es, method = method)
    w <- weights(fit)
    kept <- which(!is.na(es$yi))
    for (j in seq_along(kept)) {
      cat(name, method, "weight", kept[j], num(w[j]), sep = ","); cat("\n")
    }
    for (q in c("b", "ci.lb", "ci.ub", "QE", "QEp", "I2", "tau2")) {
      cat(name, method, q, 0, num(as.numeric(fit[[q]])), sep = ","); cat("\n")
    }
  }
}

binary <- function(name, measure, d, drop00) {
  for (i in seq_len(nrow(d))) {
    cat("data", name, i, d$ai[i], d$n1i[i], d$ci[i], d$n2i[i], sep = ","); cat("\n")
  }
  emit(name, measure, list(ai = d$ai, n1i = d$n1i, ci = d$ci, n2i = d$n2i), drop00)
}

continuous <- function(name, measure, d) {
  for (i in seq_len(nrow(d))) {
    cat("data", name, i, num(d$m1i[i]), num(d$sd1i[i]), d$n1i[i], num(d$m2i[i]), num(d$sd2i[i]), d$n2i[i],
        sep = ","); cat("\n")
  }
  emit(name, measure, list(m1i = d$m1i, sd1i = d$sd1i, n1i = d$n1i, m2i = d$m2i, sd2i = d$sd2i, n2i = d$n2i),
       FALSE)
}

bcg <- with(dat.bcg, data.frame(ai = tpos, n1i = tpos + tneg, ci = cpos, n2i = cpos + cneg))
binary("bcg-RR", "RR", bcg, TRUE)
# Six zero cells, one study (Yucel 2004) with no events in either arm.
binary("nielweise2007-OR", "OR", dat.nielweise2007, TRUE)
binary("nielweise2007-RR", "RR", dat.nielweise2007, TRUE)
# Risk differences keep double-zero studies, metafor's default (drop00 = FALSE).
binary("nielweise2007-RD", "RD", dat.nielweise2007, FALSE)
continuous("normand1999-MD", "MD", dat.normand1999)
continuous("normand1999-SMD", "SMD", dat.normand1999)
