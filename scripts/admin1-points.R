# Writes gazetteer/src/main/resources/org/quotestance/gazetteer/admin1-points.csv: a point for each
# first-level division that Natural Earth's 1:50m admin-1 layer draws (US states, Canadian provinces,
# Australian and Brazilian states), the area-weighted centre of the division's polygons. GeoNames'
# own division points are near these centres, unlike the centre of the box of a division's towns
# (Virginia, Alaska, Saskatchewan). Natural Earth is public domain; it comes from Debian's
# r-cran-rnaturalearthdata (CC0). Run once by hand, from the repository root:
#   apt-get install r-base-core r-cran-sp r-cran-rnaturalearthdata
#   LC_ALL=C.UTF-8 Rscript scripts/admin1-points.R
e <- new.env()
invisible(lazyLoad(file.path(system.file("data", package = "rnaturalearthdata"), "Rdata"), envir = e))
states <- get("states50", envir = e)
codes <- read.delim(gzfile("gazetteer/src/main/resources/org/quotestance/gazetteer/geonames-admin1CodesASCII.txt.gz"),
                    header = FALSE, quote = "", col.names = c("code", "name", "ascii", "id"),
                    colClasses = "character", encoding = "UTF-8")
ascii <- function(x) tolower(iconv(enc2utf8(x), "UTF-8", "ASCII//TRANSLIT"))  # the names are latin1-marked
geonamesCode <- function(cc, hasc, name) {
  if (cc == "US") return(hasc)  # GeoNames codes US states by their postal code, as HASC does
  same <- which(startsWith(codes$code, paste0(cc, ".")) & ascii(codes$ascii) == ascii(name))
  if (length(same) == 1) codes$code[same] else NA
}
rows <- list()
for (i in seq_along(states@polygons)) {
  area <- 0; lon <- 0; lat <- 0
  for (ring in states@polygons[[i]]@Polygons) {
    if (!ring@hole) {
      area <- area + ring@area
      lon <- lon + ring@area * ring@labpt[1]
      lat <- lat + ring@area * ring@labpt[2]
    }
  }
  d <- states@data[i, ]
  code <- geonamesCode(as.character(d$iso_a2), as.character(d$code_hasc), as.character(d$name))
  if (is.na(code)) {
    message("no GeoNames code for ", d$name, " (", d$iso_a2, "): skipped")
    next
  }
  rows[[length(rows) + 1]] <- data.frame(admin1_code = code, name = enc2utf8(as.character(d$name)),
      latitude = sprintf("%.2f", lat / area), longitude = sprintf("%.2f", lon / area))
}
out <- do.call(rbind, rows)
out <- out[order(out$admin1_code), ]
file <- "gazetteer/src/main/resources/org/quotestance/gazetteer/admin1-points.csv"
writeLines(c("# Points of first-level divisions: area-weighted centre of Natural Earth's 1:50m admin-1",
             "# polygons (public domain; Debian r-cran-rnaturalearthdata 0.1.0, CC0), written by scripts/admin1-points.R."),
           file, useBytes = TRUE)
suppressWarnings(write.table(out, file, sep = ",", row.names = FALSE, quote = FALSE, append = TRUE,
            fileEncoding = "UTF-8"))
