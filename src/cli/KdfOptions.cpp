#include "cli/KdfOptions.h"

#include "cli/UsageError.h"

#include <QCoreApplication>

namespace pr::cli {

namespace {
const QString kMemory = QStringLiteral("kdf-memory");
const QString kIterations = QStringLiteral("kdf-iterations");
const QString kParallelism = QStringLiteral("kdf-parallelism");

quint32 positiveNumber(const QCommandLineParser& parser, const QString& option, quint32 fallback)
{
    if (!parser.isSet(option)) {
        return fallback;
    }
    bool ok = false;
    const uint value = parser.value(option).toUInt(&ok);
    if (!ok || value == 0) {
        throw UsageError(KdfOptions::tr("--%1 needs a positive whole number, not '%2'")
                             .arg(option, parser.value(option)));
    }
    return value;
}
} // namespace

void KdfOptions::addTo(QCommandLineParser& parser)
{
    parser.addOption({kMemory, tr("Argon2id memory in KiB."), tr("KIB")});
    parser.addOption({kIterations, tr("Argon2id iterations."), tr("N")});
    parser.addOption({kParallelism, tr("Argon2id lanes."), tr("N")});
}

bool KdfOptions::anyGiven(const QCommandLineParser& parser)
{
    return parser.isSet(kMemory) || parser.isSet(kIterations) || parser.isSet(kParallelism);
}

crypto::Argon2Parameters KdfOptions::read(const QCommandLineParser& parser,
                                          crypto::Argon2Parameters base)
{
    base.memoryKiB = positiveNumber(parser, kMemory, base.memoryKiB);
    base.iterations = positiveNumber(parser, kIterations, base.iterations);
    base.parallelism = positiveNumber(parser, kParallelism, base.parallelism);
    if (!base.isWithinLimits()) {
        throw UsageError(tr("the Argon2id parameters are outside the supported range "
                            "(docs/security.md)"));
    }
    return base;
}

} // namespace pr::cli
