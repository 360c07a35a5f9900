#pragma once

// A throw-away certificate authority for the signing tests, made with the `openssl` command
// (Debian: openssl) in a temporary folder: a root CA, a signer it issued, an expired and a
// not-yet-valid signer, two signers with keys too short (RSA 1024, EC P-192), and PKCS#12
// files of each. The dates are fixed so that tests with a
// FixedClock are deterministic; the signer is valid from 2025 to 2045 so that pdfsig, which
// checks at the real time, accepts it too.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <cstdint>
#include <ctime>
#include <span>
#include <stdexcept>

namespace pr::test {

class TestSigningCa {
public:
    static constexpr const char* kPassword = "test-pkcs12-password";

    TestSigningCa()
    {
        if (!m_dir.isValid()) {
            throw std::runtime_error("no temporary folder for the test CA");
        }
        writeFile(QStringLiteral("index.txt"), {});
        writeFile(QStringLiteral("serial"), "1000\n");
        writeFile(QStringLiteral("ca.cnf"), caConfig());
        // The signer has an RSA key, as most certificates firms buy; the rest use P-256 keys,
        // which are made in a moment, so that the CA costs each test process little.
        openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "36500", "-subj",
                "/C=NL/O=Test Trust Anchor/CN=Test Root CA", "-addext",
                "basicConstraints=critical,CA:TRUE", "-addext",
                "keyUsage=critical,keyCertSign,cRLSign");
        issue("signer", "/C=NL/O=Voorbeeld IT B.V./CN=Jan de Vries", "20250101000000Z",
              "20450101000000Z", "rsa:2048");
        issue("expired", "/C=NL/O=Voorbeeld IT B.V./CN=Verlopen", "20200101000000Z",
              "20210101000000Z", "ec");
        issue("future", "/C=NL/O=Voorbeeld IT B.V./CN=Toekomst", "20400101000000Z",
              "20410101000000Z", "ec");
        // Keys shorter than KeyStrength allows, each otherwise valid.
        issue("weak-rsa", "/C=NL/O=Voorbeeld IT B.V./CN=Kort RSA", "20250101000000Z",
              "20450101000000Z", "rsa:1024");
        issue("weak-ec", "/C=NL/O=Voorbeeld IT B.V./CN=Kort EC", "20250101000000Z",
              "20450101000000Z", "ec:prime192v1");
        openssl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-out",
                "other.key");
        exportPkcs12("signer", "signer.p12",
                     {QStringLiteral("-certfile"), QStringLiteral("ca.pem")});
        exportPkcs12("expired", "expired.p12", {});
        exportPkcs12("future", "future.p12", {});
        exportPkcs12("weak-rsa", "weak-rsa.p12", {});
        exportPkcs12("weak-ec", "weak-ec.p12", {});
        openssl("pkcs12", "-export", "-nokeys", "-in", "signer.pem", "-out", "nokey.p12",
                "-passout", QStringLiteral("pass:%1").arg(QLatin1String(kPassword)));
        writeMismatchedPkcs12();
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QByteArray bytes(const QString& name) const
    {
        QFile file(path(name));
        if (!file.open(QIODevice::ReadOnly)) {
            throw std::runtime_error("cannot read a test CA file");
        }
        return file.readAll();
    }
    QByteArray signerPkcs12() const { return bytes(QStringLiteral("signer.p12")); }
    QByteArray caPem() const { return bytes(QStringLiteral("ca.pem")); }
    QString folder() const { return m_dir.path(); }

    // 2026-11-21 12:00 UTC: inside the signer's validity, after the expired one's.
    static std::time_t testNow() { return 1795262400; }

private:
    static QByteArray caConfig()
    {
        return "[ca]\ndefault_ca = test\n"
               "[test]\ndir = .\ndatabase = index.txt\nserial = serial\nnew_certs_dir = .\n"
               "default_md = sha256\npolicy = anything\nunique_subject = no\n"
               "copy_extensions = none\nx509_extensions = signer\n"
               "[anything]\ncountryName = optional\norganizationName = optional\n"
               "commonName = supplied\n"
               "[signer]\nbasicConstraints = critical,CA:FALSE\n"
               "keyUsage = critical,digitalSignature,nonRepudiation\n"
               "subjectKeyIdentifier = hash\nauthorityKeyIdentifier = keyid\n";
    }

    // KEY_TYPE is "rsa:BITS", "ec" (P-256) or "ec:CURVE".
    void issue(const char* name, const char* subject, const char* start, const char* end,
               const char* keyType)
    {
        const QString keyFile = QStringLiteral("%1.key").arg(QLatin1String(name));
        const QString request = QStringLiteral("%1.csr").arg(QLatin1String(name));
        const QString type = argument(keyType);
        const QString curve = type == QLatin1String("ec") ? QStringLiteral("prime256v1")
                                                          : type.section(QLatin1Char(':'), 1);
        const QStringList keyOptions =
            type.startsWith(QLatin1String("ec"))
                ? QStringList{QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                              QStringLiteral("ec_paramgen_curve:") + curve}
                : QStringList{type};
        run(QStringList{QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey")} +
            keyOptions +
            QStringList{QStringLiteral("-nodes"), QStringLiteral("-keyout"), keyFile,
                        QStringLiteral("-out"), request, QStringLiteral("-subj"),
                        argument(subject)});
        openssl("ca", "-batch", "-config", "ca.cnf", "-cert", "ca.pem", "-keyfile", "ca.key", "-in",
                request, "-out", QStringLiteral("%1.pem").arg(QLatin1String(name)), "-startdate",
                argument(start), "-enddate", argument(end), "-notext");
    }

    void exportPkcs12(const char* name, const char* out, QStringList extra)
    {
        QStringList arguments{
            QStringLiteral("pkcs12"),   QStringLiteral("-export"),
            QStringLiteral("-in"),      QStringLiteral("%1.pem").arg(QLatin1String(name)),
            QStringLiteral("-inkey"),   QStringLiteral("%1.key").arg(QLatin1String(name)),
            QStringLiteral("-out"),     QLatin1String(out),
            QStringLiteral("-passout"), QStringLiteral("pass:%1").arg(QLatin1String(kPassword))};
        arguments += extra;
        run(arguments);
    }

    // `openssl pkcs12 -export` refuses a key that does not match the certificate, so this
    // one file is put together from its parts with the library: the signer's certificate
    // and another key, unencrypted bags under a MAC with the usual password.
    void writeMismatchedPkcs12()
    {
        X509* certificate = readPem<X509>("signer.pem", PEM_read_X509);
        EVP_PKEY* key = readPem<EVP_PKEY>("other.key", PEM_read_PrivateKey);
        STACK_OF(PKCS12_SAFEBAG)* bags = nullptr;
        STACK_OF(PKCS7)* safes = nullptr;
        PKCS12* file = nullptr;
        const bool ok = PKCS12_add_cert(&bags, certificate) != nullptr &&
                        PKCS12_add_key(&bags, key, 0, 0, -1, nullptr) != nullptr &&
                        PKCS12_add_safe(&safes, bags, -1, 0, nullptr) == 1 &&
                        (file = PKCS12_add_safes(safes, 0)) != nullptr &&
                        PKCS12_set_mac(file, kPassword, -1, nullptr, 0, 2048, nullptr) == 1;
        QByteArray der;
        if (ok) {
            der.resize(i2d_PKCS12(file, nullptr));
            auto* cursor = reinterpret_cast<unsigned char*>(der.data());
            i2d_PKCS12(file, &cursor);
        }
        PKCS12_free(file);
        sk_PKCS7_pop_free(safes, PKCS7_free);
        sk_PKCS12_SAFEBAG_pop_free(bags, PKCS12_SAFEBAG_free);
        EVP_PKEY_free(key);
        X509_free(certificate);
        if (!ok) {
            throw std::runtime_error("cannot build the mismatched PKCS#12 file");
        }
        writeFile(QStringLiteral("mismatch.p12"), der);
    }

    template <typename T, typename Reader>
    T* readPem(const char* name, Reader reader)
    {
        FILE* file = std::fopen(QFile::encodeName(path(QLatin1String(name))).constData(), "r");
        T* object = file != nullptr ? reader(file, nullptr, nullptr, nullptr) : nullptr;
        if (file != nullptr) {
            std::fclose(file);
        }
        if (object == nullptr) {
            throw std::runtime_error("cannot read a test CA PEM file");
        }
        return object;
    }

    static QString argument(const char* text) { return QString::fromUtf8(text); }
    static QString argument(const QString& text) { return text; }

    template <typename... Parts>
    void openssl(const Parts&... parts)
    {
        run(QStringList{argument(parts)...});
    }

    void run(const QStringList& arguments)
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral("openssl"), arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            throw std::runtime_error("openssl " + arguments.join(QLatin1Char(' ')).toStdString() +
                                     " failed: " + process.readAllStandardError().toStdString());
        }
    }

    void writeFile(const QString& name, const QByteArray& content)
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
            throw std::runtime_error("cannot write a test CA file");
        }
    }

    QTemporaryDir m_dir;
};

// The one test CA of a test process: the openssl runs that make it take seconds, and no test
// changes it, so every test case of the process shares it.
inline const TestSigningCa& testCa()
{
    static const TestSigningCa ca;
    return ca;
}

// The bytes of DATA as the crypto layer takes them.
inline std::span<const std::uint8_t> bytesOf(const QByteArray& data)
{
    return {reinterpret_cast<const std::uint8_t*>(data.constData()),
            static_cast<std::size_t>(data.size())};
}

} // namespace pr::test
