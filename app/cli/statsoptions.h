#pragma once

// Options shared by stats (thuky-cli) and chart/report (thuky-cli-draw).

#include "clicontext.h"

#include <core/reports/stats.h>

namespace thuky::cli {

/** `--by` as a dimension; anything but `quarter[,DIM]` is a usage error. */
StatsDimension dimensionOption(const Arguments &args);
/** The single positional argument must be `opinions`. */
void requireOpinions(const Arguments &args, const QString &command);
/** `--from`/`--to` (and `--roll-up`, when the command takes it) as a filter. */
StatsFilter periodFilter(const Arguments &args);
/** `--out` must be given and end in one of @p suffixes. */
void checkOut(const QString &out, const QStringList &suffixes);

} // namespace thuky::cli
