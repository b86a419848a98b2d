#pragma once

#include <QString>

namespace thuky {

class Database;

/**
 * The page of a Party document (Hướng dẫn 36-HD/VPTW): A4, margins in millimetres, body font
 * and size. Margins and the default superior body are settings (`settings` table keys
 * `document.margin_top` … in mm).
 */
struct DocumentPageSettings
{
    double marginTopMm = 20;
    double marginBottomMm = 20;
    double marginLeftMm = 30;
    double marginRightMm = 15;
    QString fontFamily = QStringLiteral("Liberation Serif");
    double bodyPointSize = 14;
    /**
     * The superior body printed above a committee that names none of its own
     * (`document.superior_body`, e.g. "Tỉnh ủy An Giang"); empty: none.
     */
    QString superiorBody;

    /** Reads the margins from the settings table; missing or bad values keep the defaults. */
    static DocumentPageSettings fromDatabase(Database &db);
};

} // namespace thuky
