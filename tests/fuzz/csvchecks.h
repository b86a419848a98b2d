#pragma once

#include "fuzzcommon.h"

#include <core/opinions/opinionimport.h>

#include <QList>

namespace thuky::fuzz {

/** The physical lines of @p data as the CSV reader counts them (CRLF, LF or CR end one). */
inline int physicalLines(const QByteArray &data)
{
    int lines = 1;
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data.at(i) == '\n'
            || (data.at(i) == '\r' && (i + 1 == data.size() || data.at(i + 1) != '\n')))
            ++lines;
    }
    return lines;
}

/**
 * What SPEC.md promises of an import's analysis: a refusal names its problems, each on a
 * line of the file, and the result agrees with the problems.
 */
inline void checkProblems(
    bool ok, bool hasErrors, const QList<ImportProblem> &problems, const QByteArray &data)
{
    require(ok == !hasErrors, "analyse() returns true exactly when there is no error");
    require(ok || !problems.isEmpty(), "a refused file has at least one problem");
    const int lines = physicalLines(data);
    for (const ImportProblem &p : problems) {
        require(p.line >= 1 && p.line <= lines, "every problem names a line of the file");
        require(!p.message.isEmpty(), "every problem has a message");
    }
}

} // namespace thuky::fuzz
