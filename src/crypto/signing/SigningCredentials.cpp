#include "crypto/signing/SigningCredentials.h"

#include "crypto/signing/KeyStrength.h"
#include "crypto/signing/SigningError.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/provider.h>
#include <openssl/x509.h>

#include <array>
#include <ctime>
#include <limits>
#include <string>

namespace pr::crypto {

struct SigningCredentials::Parts {
    X509* certificate = nullptr;
    EVP_PKEY* key = nullptr;
    STACK_OF(X509) * chain = nullptr;

    Parts() = default;
    Parts(const Parts&) = delete;
    Parts& operator=(const Parts&) = delete;
    ~Parts()
    {
        // EVP_PKEY_free clears the private numbers before it frees them (BN_clear_free).
        EVP_PKEY_free(key);
        X509_free(certificate);
        sk_X509_pop_free(chain, X509_free);
    }
};

namespace {

struct Pkcs12Free {
    void operator()(PKCS12* file) const noexcept { PKCS12_free(file); }
};

// PKCS#12 files made by older tools (Windows, older OpenSSL, some certificate shops) protect
// the key with RC2 or 3DES, which OpenSSL 3 keeps in its "legacy" provider. Loading it once,
// next to the default provider, lets those files open; it adds no algorithm to our signatures.
//
// The provider is unloaded again when the program ends (the holder's destructor), so that it
// is not left to OpenSSL's own clean-up, which LeakSanitizer does not wait for.
class LegacyProvider {
public:
    LegacyProvider()
        : m_provider(OSSL_PROVIDER_try_load(nullptr, "legacy", 1))
    {
        ERR_clear_error();
    }
    ~LegacyProvider()
    {
        if (m_provider != nullptr) {
            OSSL_PROVIDER_unload(m_provider);
        }
    }
    LegacyProvider(const LegacyProvider&) = delete;
    LegacyProvider& operator=(const LegacyProvider&) = delete;

private:
    OSSL_PROVIDER* m_provider;
};

void loadLegacyAlgorithms()
{
    static const LegacyProvider provider;
}

[[noreturn]] void refuse(SigningError::Reason reason, const char* message)
{
    ERR_clear_error();
    throw SigningError(reason, message);
}

std::string utcDate(std::time_t time)
{
    std::tm parts{};
    gmtime_r(&time, &parts);
    std::array<char, 16> text{};
    const std::size_t length = std::strftime(text.data(), text.size(), "%Y-%m-%d", &parts);
    return {text.data(), length};
}

// A certificate cannot be used outside its validity period, nor with a key KeyStrength calls
// weak; the error carries the certificate so that its dates and key can be shown.
void checkUsable(X509* certificate, std::time_t moment)
{
    const CertificateInfo info = describeCertificate(certificate);
    const std::string period =
        "valid from " + utcDate(info.notBefore) + " to " + utcDate(info.notAfter) + " (UTC).";
    if (X509_cmp_time(X509_get0_notBefore(certificate), &moment) > 0) {
        ERR_clear_error();
        throw SigningError(SigningError::Reason::NotYetValid,
                           "The certificate is not valid yet: it is " + period, info);
    }
    if (X509_cmp_time(X509_get0_notAfter(certificate), &moment) < 0) {
        ERR_clear_error();
        throw SigningError(SigningError::Reason::Expired,
                           "The certificate has expired: it was " + period, info);
    }
    if (KeyStrength::isWeak(info)) {
        ERR_clear_error();
        throw SigningError(SigningError::Reason::WeakKey,
                           KeyStrength::weakness(info) +
                               " Ask your certificate provider for a certificate with a "
                               "longer key.",
                           info);
    }
}

} // namespace

SigningCredentials SigningCredentials::fromPkcs12(std::span<const std::uint8_t> pkcs12,
                                                  std::string_view password,
                                                  std::optional<std::time_t> validAt)
{
    if (pkcs12.size() > static_cast<std::size_t>(std::numeric_limits<long>::max()) ||
        password.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
        refuse(SigningError::Reason::NotPkcs12, "The file is too large to be a PKCS#12 file.");
    }
    loadLegacyAlgorithms();
    const unsigned char* cursor = pkcs12.data();
    std::unique_ptr<PKCS12, Pkcs12Free> file(
        d2i_PKCS12(nullptr, &cursor, static_cast<long>(pkcs12.size())));
    if (!file) {
        refuse(SigningError::Reason::NotPkcs12,
               "The file is not a PKCS#12 certificate file (.p12 or .pfx).");
    }

    // Some tools protect an empty password as "no password" (NULL), others as an empty
    // string; try both for an empty password, as OpenSSL's own tools do.
    std::string passwordText(password);
    const char* passwordArgument = passwordText.c_str();
    if (PKCS12_mac_present(file.get()) != 0) {
        const int length = static_cast<int>(passwordText.size());
        if (PKCS12_verify_mac(file.get(), passwordArgument, length) != 1) {
            if (password.empty() && PKCS12_verify_mac(file.get(), nullptr, 0) == 1) {
                passwordArgument = nullptr;
            } else {
                OPENSSL_cleanse(passwordText.data(), passwordText.size());
                refuse(SigningError::Reason::WrongPassword,
                       "The password of the PKCS#12 file is wrong.");
            }
        }
    }

    auto parts = std::make_unique<Parts>();
    const int parsed =
        PKCS12_parse(file.get(), passwordArgument, &parts->key, &parts->certificate, &parts->chain);
    OPENSSL_cleanse(passwordText.data(), passwordText.size());
    if (parsed != 1) {
        refuse(SigningError::Reason::WrongPassword,
               "The PKCS#12 file cannot be opened with this password, or it uses an "
               "encryption this program does not know.");
    }
    if (parts->key == nullptr) {
        refuse(SigningError::Reason::NoPrivateKey,
               "The PKCS#12 file holds no private key: export the certificate together with "
               "its private key.");
    }
    // PKCS12_parse keeps as "the" certificate only one that matches the key; a file whose
    // certificates all belong to other keys arrives with every certificate in the chain.
    if (parts->certificate == nullptr && parts->chain != nullptr && sk_X509_num(parts->chain) > 0) {
        refuse(SigningError::Reason::KeyMismatch,
               "The private key in the PKCS#12 file does not belong to its certificate.");
    }
    if (parts->certificate == nullptr) {
        refuse(SigningError::Reason::NoCertificate,
               "The PKCS#12 file holds no certificate for its private key.");
    }
    if (X509_check_private_key(parts->certificate, parts->key) != 1) {
        refuse(SigningError::Reason::KeyMismatch,
               "The private key in the PKCS#12 file does not belong to its certificate.");
    }
    const int type = EVP_PKEY_get_base_id(parts->key);
    if (type != EVP_PKEY_RSA && type != EVP_PKEY_EC) {
        refuse(SigningError::Reason::UnsupportedKey,
               "The certificate's key is neither RSA nor ECDSA; PDF readers cannot check "
               "signatures made with it.");
    }
    if (!validAt) {
        return SigningCredentials(std::move(parts));
    }
    checkUsable(parts->certificate, *validAt);
    return SigningCredentials(std::move(parts));
}

SigningCredentials::SigningCredentials(std::unique_ptr<Parts> parts)
    : m_parts(std::move(parts))
{}

SigningCredentials::SigningCredentials(SigningCredentials&&) noexcept = default;
SigningCredentials& SigningCredentials::operator=(SigningCredentials&&) noexcept = default;
SigningCredentials::~SigningCredentials() = default;

CertificateInfo SigningCredentials::certificate() const
{
    return describeCertificate(m_parts->certificate);
}

std::vector<CertificateInfo> SigningCredentials::chain() const
{
    std::vector<CertificateInfo> result;
    const int count = m_parts->chain != nullptr ? sk_X509_num(m_parts->chain) : 0;
    for (int i = 0; i < count; ++i) {
        result.push_back(describeCertificate(sk_X509_value(m_parts->chain, i)));
    }
    return result;
}

X509* SigningCredentials::certificateHandle() const noexcept
{
    return m_parts->certificate;
}

EVP_PKEY* SigningCredentials::keyHandle() const noexcept
{
    return m_parts->key;
}

STACK_OF(X509) * SigningCredentials::chainHandle() const noexcept
{
    return m_parts->chain;
}

} // namespace pr::crypto
