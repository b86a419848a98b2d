#include <ui/charts/chartrenderer.h>

#include <QChart>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace thuky {

namespace {

// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::ChartRenderer)
};

/** Puts @p chart in a scene of @p size; returns the chart to its former scene afterwards. */
class Stage
{
public:
    Stage(QChart *chart, const QSize &size)
        : m_chart(chart)
        , m_old(chart->scene())
    {
        if (m_old)
            m_old->removeItem(chart);
        m_scene.addItem(chart);
        m_oldGeometry = chart->geometry();
        chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
        m_scene.setSceneRect(QRectF(QPointF(0, 0), QSizeF(size)));
        // Lay the chart out now: no event loop runs before it is painted.
        QCoreApplication::sendPostedEvents(chart, QEvent::LayoutRequest);
        chart->layout();
    }
    ~Stage()
    {
        m_scene.removeItem(m_chart);
        if (m_old) {
            m_old->addItem(m_chart);
            m_chart->setGeometry(m_oldGeometry);
        }
    }
    QGraphicsScene &scene() { return m_scene; }

private:
    QChart *m_chart;
    QGraphicsScene *m_old;
    QGraphicsScene m_scene;
    QRectF m_oldGeometry;
};

} // namespace

bool ChartRenderer::isSupported(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("png") || suffix == QLatin1String("svg")
        || suffix == QLatin1String("pdf");
}

void ChartRenderer::paint(QChart *chart, QPainter *painter, const QRectF &target, const QSize &size)
{
    Stage stage(chart, size);
    stage.scene().render(painter, target, QRectF(QPointF(0, 0), QSizeF(size)), Qt::KeepAspectRatio);
}

QImage ChartRenderer::toImage(QChart *chart, const QSize &size, qreal scale)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paint(chart, &painter, QRectF(QPointF(0, 0), QSizeF(size)), size);
    painter.end();
    return image;
}

bool ChartRenderer::save(
    QChart *chart, const QString &path, QString *error, const QSize &size, const QString &title)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (suffix == QLatin1String("png")) {
        const QImage image = toImage(chart, size, 2.0);
        if (!image.save(path, "PNG"))
            return fail(Tr::tr("cannot write %1").arg(path));
        return true;
    }
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(title.isEmpty() ? chart->title() : title);
        svg.setDescription(QStringLiteral("Thư Ký"));
        QPainter painter;
        if (!painter.begin(&svg))
            return fail(Tr::tr("cannot write %1").arg(path));
        painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
        paint(chart, &painter, QRectF(QPointF(0, 0), QSizeF(size)), size);
        painter.end();
        return QFileInfo::exists(path) ? true : fail(Tr::tr("cannot write %1").arg(path));
    }
    if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(path);
        pdf.setCreator(QStringLiteral("Thư Ký"));
        pdf.setTitle(title.isEmpty() ? chart->title() : title);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
            QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
        pdf.setResolution(300);
        QPainter painter;
        if (!painter.begin(&pdf))
            return fail(Tr::tr("cannot write %1").arg(path));
        const QRect page = pdf.pageLayout().paintRectPixels(pdf.resolution());
        paint(chart, &painter, QRectF(QPointF(0, 0), QSizeF(page.size())), size);
        painter.end();
        return true;
    }
    return fail(Tr::tr("unsupported chart format %1 (use .png, .svg or .pdf)").arg(path));
}

} // namespace thuky
