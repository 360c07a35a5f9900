# Every dependency is a Debian 12 package (scripts/debian-packages.txt); nothing is downloaded.

# Gui and LinguistTools always: the command-line tool renders PDFs (QtGui) and speaks Dutch.
set(PR_QT_COMPONENTS Core Gui LinguistTools)
if(PR_BUILD_GUI)
    list(APPEND PR_QT_COMPONENTS Widgets PrintSupport Pdf PdfWidgets Test DBus)
endif()
find_package(Qt6 6.4 REQUIRED COMPONENTS ${PR_QT_COMPONENTS})
qt_standard_project_setup()

find_package(OpenSSL 3.0 REQUIRED)
find_package(spdlog 1.10 REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(ARGON2 REQUIRED IMPORTED_TARGET libargon2)
pkg_check_modules(SQLITE3 REQUIRED IMPORTED_TARGET sqlite3>=3.36)

if(PR_BUILD_TESTS)
    find_package(Catch2 2.13 REQUIRED)
endif()

# PoDoFo 0.9.8 (Debian: libpodofo-dev) signs PDFs in pr_report. Debian ships no pkg-config
# file or CMake package for it, so the header and the library are found directly.
find_path(PODOFO_INCLUDE_DIR podofo/podofo.h)
find_library(PODOFO_LIBRARY NAMES podofo)
if(NOT PODOFO_INCLUDE_DIR OR NOT PODOFO_LIBRARY)
    message(FATAL_ERROR "PoDoFo not found: install the Debian package libpodofo-dev "
                        "(scripts/setup-deps).")
endif()
add_library(PoDoFo::PoDoFo UNKNOWN IMPORTED)
set_target_properties(PoDoFo::PoDoFo PROPERTIES
    IMPORTED_LOCATION ${PODOFO_LIBRARY}
    INTERFACE_INCLUDE_DIRECTORIES ${PODOFO_INCLUDE_DIR}
    INTERFACE_SYSTEM_INCLUDE_DIRECTORIES ${PODOFO_INCLUDE_DIR})
