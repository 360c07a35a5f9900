#pragma once

#include <QTextDocument>

namespace pr::report {

// A QTextDocument that takes nothing from outside the HTML it is given: images only from
// data: URLs (the logo and signature, see ImageMarkup), and no files, style sheets or network
// resources at all. A user's own template could otherwise pull any picture the user can read
// into a document that is then sent to a client, and Qt would look up relative image names in
// the current folder.
class SelfContainedTextDocument final : public QTextDocument {
    Q_OBJECT

public:
    using QTextDocument::QTextDocument;

    // setHtml(), then every image that is not a data: URL is taken out. loadResource() alone
    // is not enough: when it finds nothing, Qt's image handler loads the name as a file
    // itself (QTextImageHandler, Qt 6.4).
    void setSelfContainedHtml(const QString& html);

protected:
    QVariant loadResource(int type, const QUrl& name) override;
};

} // namespace pr::report
