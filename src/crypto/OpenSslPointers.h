#pragma once

// Owning pointers for OpenSSL objects, so that every early return and every exception frees
// them. Used by the .cpp files of this layer only.

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/x509_vfy.h>

#include <memory>

namespace pr::crypto::detail {

template <auto Free>
struct OpenSslDeleter {
    template <typename T>
    void operator()(T* object) const noexcept
    {
        Free(object);
    }
};

using CipherContextPtr = std::unique_ptr<EVP_CIPHER_CTX, OpenSslDeleter<&EVP_CIPHER_CTX_free>>;
using KdfPtr = std::unique_ptr<EVP_KDF, OpenSslDeleter<&EVP_KDF_free>>;
using KdfContextPtr = std::unique_ptr<EVP_KDF_CTX, OpenSslDeleter<&EVP_KDF_CTX_free>>;
using MdContextPtr = std::unique_ptr<EVP_MD_CTX, OpenSslDeleter<&EVP_MD_CTX_free>>;
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<&BIO_free>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, OpenSslDeleter<&CMS_ContentInfo_free>>;
using X509StorePtr = std::unique_ptr<X509_STORE, OpenSslDeleter<&X509_STORE_free>>;
using X509StoreContextPtr = std::unique_ptr<X509_STORE_CTX, OpenSslDeleter<&X509_STORE_CTX_free>>;

} // namespace pr::crypto::detail
