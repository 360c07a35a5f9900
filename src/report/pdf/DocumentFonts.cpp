#include "report/pdf/DocumentFonts.h"

#include "report/ReportError.h"

#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QStringList>

#include <mutex>

using namespace Qt::StringLiterals;

namespace pr::report {

namespace {

const QStringList kFontResources = {u":/pr/report/fonts/DejaVuSans.ttf"_s,
                                    u":/pr/report/fonts/DejaVuSans-Bold.ttf"_s};

} // namespace

QString DocumentFonts::family()
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr) {
        // QFontDatabase and QTextDocument layout need the GUI application's font machinery.
        throw ReportError(
            tr("Documents can only be made in a program with a QGuiApplication.").toStdString());
    }
    static std::once_flag once;
    static QString loadedFamily;
    std::call_once(once, [] {
        // All or nothing: a document without its bold face would silently use another font.
        QString family;
        for (const QString& resource : kFontResources) {
            QFile file(resource);
            if (!file.open(QIODevice::ReadOnly)) {
                return;
            }
            const int id = QFontDatabase::addApplicationFontFromData(file.readAll());
            const QStringList families = QFontDatabase::applicationFontFamilies(id);
            if (id < 0 || families.isEmpty()) {
                return;
            }
            family = families.constFirst();
        }
        loadedFamily = family;
    });
    if (loadedFamily.isEmpty()) {
        throw ReportError(tr("The document font could not be loaded.").toStdString());
    }
    return loadedFamily;
}

} // namespace pr::report
