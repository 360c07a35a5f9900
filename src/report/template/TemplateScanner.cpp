#include "report/template/TemplateScanner.h"

#include "report/template/TemplateError.h"

#include <QStringView>

namespace pr::report {

namespace {

constexpr QStringView kOpen = u"{{";
constexpr QStringView kClose = u"}}";

// A section that is open while scanning, for the error when it is closed wrongly or never.
struct OpenSection {
    QString name;
    qsizetype offset = 0;
};

} // namespace

QList<TemplateTag> TemplateScanner::scan(const QString& templateName, const QString& text)
{
    const auto fail = [&](qsizetype offset, const QString& reason) {
        throw TemplateError(TemplateLocation::at(templateName, text, offset), reason);
    };

    QList<TemplateTag> tags;
    QList<OpenSection> sections;
    qsizetype position = 0;
    while (true) {
        const qsizetype open = text.indexOf(kOpen, position);
        if (open < 0) {
            break;
        }
        if (text.mid(open + kOpen.size(), 1) == u"{") {
            fail(open, tr("{{{…}}} inserts a value without escaping, which templates may not "
                          "do; use {{…}}"));
        }
        const qsizetype close = text.indexOf(kClose, open + kOpen.size());
        const qsizetype nextOpen = text.indexOf(kOpen, open + kOpen.size());
        if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
            fail(open, tr("this tag is not closed with }}"));
        }
        const QStringView content =
            QStringView(text).mid(open + kOpen.size(), close - open - kOpen.size()).trimmed();
        TemplateTag tag = readTag(templateName, text, open, content);
        position = close + kClose.size();

        switch (tag.kind) {
        case TemplateTag::Kind::SectionBegin:
        case TemplateTag::Kind::InvertedBegin:
            sections.append({tag.name, tag.offset});
            break;
        case TemplateTag::Kind::SectionEnd:
            if (sections.isEmpty()) {
                fail(open, tr("{{/%1}} closes a section that was never opened").arg(tag.name));
            }
            if (sections.constLast().name != tag.name) {
                const TemplateLocation opened =
                    TemplateLocation::at(templateName, text, sections.constLast().offset);
                fail(open, tr("{{/%1}} does not match the open section \"%2\" (line %3, "
                              "column %4)")
                               .arg(tag.name, sections.constLast().name,
                                    QString::number(opened.line), QString::number(opened.column)));
            }
            sections.removeLast();
            break;
        default:
            break;
        }
        tags.append(std::move(tag));
    }
    if (!sections.isEmpty()) {
        // The innermost one: an outer section is only unclosed if this one is too, or the
        // mismatch above would have been reported.
        fail(sections.constLast().offset,
             tr("section \"%1\" is never closed").arg(sections.constLast().name));
    }
    return tags;
}

TemplateTag TemplateScanner::readTag(const QString& templateName, const QString& text,
                                     qsizetype open, QStringView content)
{
    const auto fail = [&](const QString& reason) {
        throw TemplateError(TemplateLocation::at(templateName, text, open), reason);
    };

    TemplateTag tag;
    tag.offset = open;
    if (content.isEmpty()) {
        fail(tr("empty tag {{}}"));
    }
    QStringView name = content.mid(1).trimmed();
    switch (content.front().unicode()) {
    case u'#':
        tag.kind = TemplateTag::Kind::SectionBegin;
        break;
    case u'^':
        tag.kind = TemplateTag::Kind::InvertedBegin;
        break;
    case u'/':
        tag.kind = TemplateTag::Kind::SectionEnd;
        break;
    case u'>':
        tag.kind = TemplateTag::Kind::Partial;
        break;
    case u'!':
        tag.kind = TemplateTag::Kind::Comment;
        return tag;
    case u'&':
        fail(tr("{{&…}} inserts a value without escaping, which templates may not do; use {{…}}"));
        break;
    case u'=':
        fail(tr("changing the delimiters with {{=…=}} is not supported"));
        break;
    default:
        tag.kind = TemplateTag::Kind::Variable;
        name = content;
        break;
    }
    const bool dotsAllowed = tag.kind != TemplateTag::Kind::Partial;
    if (!isValidName(name, dotsAllowed)) {
        fail(tr("\"%1\" is not a valid name").arg(name.toString()));
    }
    tag.name = name.toString();
    return tag;
}

bool TemplateScanner::isValidName(QStringView name, bool dotsAllowed)
{
    if (name == u".") {
        return dotsAllowed;
    }
    if (name.isEmpty() || name.startsWith(u'.') || name.endsWith(u'.') || name.contains(u"..")) {
        return false;
    }
    for (const QChar ch : name) {
        const bool ok = (ch.isLetterOrNumber() && ch.unicode() < 0x80) || ch == u'_' ||
                        ch == u'-' || (dotsAllowed && ch == u'.');
        if (!ok) {
            return false;
        }
    }
    return true;
}

} // namespace pr::report
