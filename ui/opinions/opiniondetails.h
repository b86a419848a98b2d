#pragma once

#include <core/opinions/opinion.h>

#include <QString>

namespace thuky {

/** The whole of one report as the pane below the report list shows it. */
namespace OpinionDetails {

/** Date, locality, topic and status, the summary, then whatever else the report has. */
QString html(const OpinionReport &report);

} // namespace OpinionDetails
} // namespace thuky
