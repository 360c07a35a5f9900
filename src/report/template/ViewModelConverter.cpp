#include "report/template/ViewModelConverter.h"

#include "report/ReportError.h"
#include "report/template/HtmlEscape.h"
#include "report/template/MarkdownEscape.h"
#include "report/template/TrustedHtml.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QMetaType>
#include <QStringList>

namespace pr::report::detail {

namespace {

// 0xFF never occurs in UTF-8.
const std::string kTrustedMarker = "\xff\xff";

QString childPath(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

// kainjow's set() and push_back() take their value by const reference and copy it whole, so
// building a tree bottom-up copied every subtree once per level above it: a register of
// 10,000 activities took seconds and hundreds of megabytes in copies alone. These put a
// cheap placeholder in and move the value over it. The const_cast is sound: the element
// belongs to OBJECT or LIST, which are not const.
void setMoved(kainjow::mustache::data& object, const std::string& key,
              kainjow::mustache::data&& value)
{
    object.set(key, kainjow::mustache::data(false));
    *const_cast<kainjow::mustache::data*>(object.get(key)) = std::move(value);
}

void pushMoved(kainjow::mustache::data& list, kainjow::mustache::data&& value)
{
    list.push_back(kainjow::mustache::data(false));
    const_cast<kainjow::mustache::data&>(list.list_value().back()) = std::move(value);
}

} // namespace

kainjow::mustache::data ViewModelConverter::convert(const QVariant& viewModel)
{
    return convertValue(viewModel, {});
}

kainjow::mustache::data ViewModelConverter::convert(const QJsonObject& viewModel)
{
    return convertValue(viewModel.toVariantMap(), {});
}

std::string ViewModelConverter::escape(const std::string& value)
{
    if (value.compare(0, kTrustedMarker.size(), kTrustedMarker) == 0) {
        return value.substr(kTrustedMarker.size());
    }
    return htmlEscapeUtf8(value);
}

std::string ViewModelConverter::escapeMarkdown(const std::string& value)
{
    if (value.compare(0, kTrustedMarker.size(), kTrustedMarker) == 0) {
        return value.substr(kTrustedMarker.size());
    }
    return markdownEscapeUtf8(value);
}

bool ViewModelConverter::containsMarker(const std::string& output)
{
    return output.find('\xff') != std::string::npos;
}

kainjow::mustache::data ViewModelConverter::convertValue(const QVariant& value, const QString& path)
{
    using kainjow::mustache::data;
    if (value.isNull() && value.typeId() != QMetaType::QString) {
        return data(false);
    }
    switch (value.typeId()) {
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash: {
        data object{data::type::object};
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            setMoved(object, it.key().toStdString(),
                     convertValue(it.value(), childPath(path, it.key())));
        }
        return object;
    }
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        data list{data::type::list};
        const QVariantList items = value.toList();
        for (qsizetype i = 0; i < items.size(); ++i) {
            pushMoved(list, convertValue(items[i], path + u'[' + QString::number(i) + u']'));
        }
        return list;
    }
    case QMetaType::QJsonValue:
    case QMetaType::QJsonObject:
    case QMetaType::QJsonArray:
        return convertValue(value.toJsonValue().toVariant(), path);
    case QMetaType::QString:
        // Empty text is false, as in JavaScript Mustache: {{#kvkNumber}}KvK {{.}}{{/kvkNumber}}
        // leaves out a line the register has nothing for. kainjow would take "" as true.
        if (value.toString().isEmpty()) {
            return data(false);
        }
        return data(value.toString().toStdString());
    case QMetaType::Bool:
        return data(value.toBool());
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Double:
    case QMetaType::Float:
        return data(value.toString().toStdString());
    default:
        break;
    }
    if (value.metaType() == QMetaType::fromType<TrustedHtml>()) {
        return data(kTrustedMarker + value.value<TrustedHtml>().html().toStdString());
    }
    throw ReportError(
        tr("The view model value at \"%1\" has the unsupported type %2; "
           "convert it to text first.")
            .arg(path.isEmpty() ? tr("(root)") : path, QString::fromLatin1(value.metaType().name()))
            .toStdString());
}

} // namespace pr::report::detail
