// Loading the firm's PKCS#12 certificate: every refusal has its own reason, and a detached
// CMS signature made with it verifies, without a signingTime attribute.

#include "crypto/signing/SigningCredentials.h"

#include "crypto/signing/CmsSigner.h"
#include "crypto/signing/CmsVerifier.h"
#include "crypto/signing/KeyStrength.h"
#include "crypto/signing/SigningError.h"
#include "support/TestSigningCa.h"

#include <catch2/catch.hpp>

#include <string_view>
#include <utility>

using pr::crypto::CmsVerification;
using pr::crypto::SigningCredentials;
using pr::crypto::SigningError;
using pr::test::bytesOf;
using pr::test::testCa;
using pr::test::TestSigningCa;

namespace {

SigningError::Reason refusal(const char* file, std::string_view password = TestSigningCa::kPassword,
                             std::time_t now = TestSigningCa::testNow())
{
    const QByteArray bytes = testCa().bytes(QString::fromUtf8(file));
    try {
        (void)SigningCredentials::fromPkcs12(bytesOf(bytes), password, now);
    } catch (const SigningError& error) {
        CHECK(std::string(error.what()).find(TestSigningCa::kPassword) == std::string::npos);
        return error.reason();
    }
    FAIL("the PKCS#12 file was accepted");
    return SigningError::Reason::SigningFailed;
}

SigningCredentials signer()
{
    return SigningCredentials::fromPkcs12(bytesOf(testCa().signerPkcs12()),
                                          TestSigningCa::kPassword, TestSigningCa::testNow());
}

} // namespace

TEST_CASE("a PKCS#12 file with the right password loads with its certificate and chain",
          "[signing]")
{
    const SigningCredentials credentials = signer();
    const pr::crypto::CertificateInfo info = credentials.certificate();
    CHECK(info.subjectCommonName == "Jan de Vries");
    CHECK(info.subject == "CN=Jan de Vries,O=Voorbeeld IT B.V.,C=NL");
    CHECK(info.issuer == "CN=Test Root CA,O=Test Trust Anchor,C=NL");
    CHECK(info.notBefore == 1735689600); // 2025-01-01T00:00:00Z
    CHECK(info.notAfter == 2366841600);  // 2045-01-01T00:00:00Z
    CHECK(info.serialNumber == "1000");
    REQUIRE(info.sha256Fingerprint.size() == 32 * 3 - 1);
    CHECK(info.sha256Fingerprint[2] == ':');
    REQUIRE(credentials.chain().size() == 1);
    CHECK(credentials.chain()[0].subjectCommonName == "Test Root CA");
}

TEST_CASE("each unusable PKCS#12 file is refused with its own reason", "[signing]")
{
    CHECK(refusal("signer.p12", "wrong password") == SigningError::Reason::WrongPassword);
    CHECK(refusal("ca.pem") == SigningError::Reason::NotPkcs12);
    CHECK(refusal("nokey.p12") == SigningError::Reason::NoPrivateKey);
    CHECK(refusal("mismatch.p12") == SigningError::Reason::KeyMismatch);
    CHECK(refusal("expired.p12") == SigningError::Reason::Expired);
    CHECK(refusal("future.p12") == SigningError::Reason::NotYetValid);
    // The clock decides: the signer's own certificate, before and after its validity.
    CHECK(refusal("signer.p12", TestSigningCa::kPassword, 1700000000) ==
          SigningError::Reason::NotYetValid);
    CHECK(refusal("signer.p12", TestSigningCa::kPassword, 2400000000) ==
          SigningError::Reason::Expired);
    // Without a moment the validity period is not checked (showing a stored certificate).
    CHECK(SigningCredentials::fromPkcs12(bytesOf(testCa().bytes(QStringLiteral("expired.p12"))),
                                         TestSigningCa::kPassword, std::nullopt)
              .certificate()
              .subjectCommonName == "Verlopen");
}

TEST_CASE("a key shorter than RSA 2048 or EC 256 bits is refused for signing, with its size",
          "[signing]")
{
    CHECK(refusal("weak-rsa.p12") == SigningError::Reason::WeakKey);
    CHECK(refusal("weak-ec.p12") == SigningError::Reason::WeakKey);
    const QByteArray weak = testCa().bytes(QStringLiteral("weak-rsa.p12"));
    try {
        (void)SigningCredentials::fromPkcs12(bytesOf(weak), TestSigningCa::kPassword,
                                             TestSigningCa::testNow());
        FAIL("the weak key was accepted");
    } catch (const SigningError& error) {
        CHECK(std::string(error.what()).find("RSA key has 1024 bits; at least 2048 bits") !=
              std::string::npos);
        REQUIRE(error.certificate());
        CHECK(error.certificate()->keyBits == 1024);
    }
    // Described without a moment of use, as a stored certificate is shown.
    const pr::crypto::CertificateInfo info =
        SigningCredentials::fromPkcs12(bytesOf(testCa().bytes(QStringLiteral("weak-ec.p12"))),
                                       TestSigningCa::kPassword, std::nullopt)
            .certificate();
    CHECK(info.keyType == "EC");
    CHECK(info.keyBits == 192);
    CHECK(pr::crypto::KeyStrength::isWeak(info));
    // The accepted ones, at the minimum: the signer's RSA 2048 and the CA's P-256.
    CHECK(signer().certificate().keyType == "RSA");
    CHECK(signer().certificate().keyBits == 2048);
    CHECK_FALSE(pr::crypto::KeyStrength::isWeak(signer().certificate()));
    CHECK_FALSE(pr::crypto::KeyStrength::isWeak(signer().chain()[0]));
    CHECK(pr::crypto::KeyStrength::weakness(signer().certificate()).empty());
}

TEST_CASE("a certificate outside its validity is refused with its dates", "[signing]")
{
    for (const auto& [file, words] :
         {std::pair{"expired.p12", "has expired: it was valid from 2020-01-01 to 2021-01-01"},
          std::pair{"future.p12", "not valid yet: it is valid from 2040-01-01 to 2041-01-01"}}) {
        INFO(file);
        try {
            (void)SigningCredentials::fromPkcs12(bytesOf(testCa().bytes(QString::fromUtf8(file))),
                                                 TestSigningCa::kPassword,
                                                 TestSigningCa::testNow());
            FAIL("the certificate was accepted");
        } catch (const SigningError& error) {
            CHECK(std::string(error.what()).find(words) != std::string::npos);
            CHECK(error.certificate().has_value());
        }
    }
}

TEST_CASE("a detached CMS signature verifies and names its signer", "[signing]")
{
    const QByteArray content("the bytes of a document");
    const std::vector<std::uint8_t> cms = pr::crypto::signDetachedCms(signer(), bytesOf(content));

    const CmsVerification valid = pr::crypto::verifyDetachedCms(cms, bytesOf(content));
    CHECK(valid.status == CmsVerification::Status::Valid);
    REQUIRE(valid.signer.has_value());
    CHECK(valid.signer->subjectCommonName == "Jan de Vries");
    CHECK(valid.hasSigningCertificateV2);
    CHECK_FALSE(valid.hasSigningTimeAttribute);
    CHECK_FALSE(valid.chainTrusted.has_value());

    // Checked in 2040: the test CA's own validity starts when the test made it.
    constexpr std::time_t k2040 = 2208988800;
    const CmsVerification trusted =
        pr::crypto::verifyDetachedCms(cms, bytesOf(content), testCa().caPem().toStdString(), k2040);
    CHECK(trusted.chainTrusted == std::optional<bool>(true));
    // After the signer's certificate expired (2045) the chain no longer verifies.
    const CmsVerification late = pr::crypto::verifyDetachedCms(
        cms, bytesOf(content), testCa().caPem().toStdString(), k2040 + 10 * 366 * 86400);
    CHECK(late.chainTrusted == std::optional<bool>(false));
}

TEST_CASE("CMS verification tells a changed document from a broken signature", "[signing]")
{
    const QByteArray content("the bytes of a document");
    std::vector<std::uint8_t> cms = pr::crypto::signDetachedCms(signer(), bytesOf(content));

    const CmsVerification changed =
        pr::crypto::verifyDetachedCms(cms, bytesOf(QByteArray("the bytes of a documenT")));
    CHECK(changed.status == CmsVerification::Status::DigestMismatch);

    // The signature value is the last element of the CMS (no unsigned attributes): its last
    // byte is the signature's.
    cms.back() ^= 0x01;
    const CmsVerification broken = pr::crypto::verifyDetachedCms(cms, bytesOf(content));
    CHECK(broken.status == CmsVerification::Status::SignatureInvalid);

    const std::vector<std::uint8_t> garbage{0x30, 0x03, 0x02, 0x01, 0x00};
    CHECK(pr::crypto::verifyDetachedCms(garbage, bytesOf(content)).status ==
          CmsVerification::Status::Malformed);
}
