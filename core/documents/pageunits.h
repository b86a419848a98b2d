#pragma once

// Units shared by the sources of PartyDocument (core/documents only, not public API).

#include <QtGui/qtguiglobal.h>

// The document is laid out once, without a paint device, in the logical pixels of the default
// screen resolution (with design metrics, so widths do not depend on hinting); PDF pages are
// drawn with the painter scaled to the writer's resolution, as QTextDocument::print does.
Q_GUI_EXPORT int qt_defaultDpiY();

namespace thuky::PageUnits {

constexpr double A4WidthMm = 210.0;
constexpr double A4HeightMm = 297.0;

/** The resolution the document is laid out in. */
inline double layoutDpi()
{
    return qt_defaultDpiY();
}

inline double mmToPx(double mm)
{
    return mm / 25.4 * layoutDpi();
}

inline double ptToPx(double pt)
{
    return pt / 72.0 * layoutDpi();
}

} // namespace thuky::PageUnits
