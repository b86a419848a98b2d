#pragma once

#include <QImage>
#include <QSize>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
class QPainter;
QT_END_NAMESPACE

namespace thuky {

/**
 * Draws a chart without a window: into an image, or into a PNG, SVG or PDF file. Needs a
 * QApplication (the offscreen platform is fine). The chart is laid out at @p size (logical
 * pixels) and keeps its ownership with the caller.
 */
class ChartRenderer
{
public:
    static constexpr int DefaultWidth = 1400;
    static constexpr int DefaultHeight = 800;

    /** The file formats save() knows, by extension: png, svg, pdf. */
    static bool isSupported(const QString &path);
    /** Renders @p chart into an image @p scale times @p size, white background. */
    static QImage toImage(
        QChart *chart, const QSize &size = QSize(DefaultWidth, DefaultHeight), qreal scale = 2.0);
    /**
     * Writes @p chart to @p path; the format follows the extension (PNG, SVG, or PDF on one
     * A4 landscape page). Returns false with @p error set when it cannot.
     */
    static bool save(QChart *chart, const QString &path, QString *error = nullptr,
        const QSize &size = QSize(DefaultWidth, DefaultHeight), const QString &title = {});
    /** Paints @p chart laid out at @p size into @p target on @p painter (printing, PDF). */
    static void paint(QChart *chart, QPainter *painter, const QRectF &target, const QSize &size);
};

} // namespace thuky
