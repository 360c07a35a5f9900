# cmake -DSOURCE_DIR=... [-DSTAMP=file] -P CheckLayerIncludes.cmake
#
# The layering of docs/architecture.md read from the sources, as a second line behind the
# link rules of Layering.cmake (a header-only dependency links nothing, so only its #include
# shows it):
#
# 1. Every `#include "<folder>/…"` in src/<layer>/ names a layer that layer may use. An upward
#    or sideways include (core including storage, the CLI including gui) fails.
# 2. The front ends (src/gui, src/cli) change the register only through the use cases
#    (src/usecases): no repository write, no raw Register::write, no RegisterWriter::write of their
#    own. They may read through repositories.
#
# Run by the build before any layer compiles (target layering_check) and by CTest.
cmake_minimum_required(VERSION 3.25)
set(allowed_core core)
set(allowed_crypto crypto)
set(allowed_storage storage core crypto)
set(allowed_report report storage core crypto)
set(allowed_usecases usecases report storage core crypto)
set(allowed_cli cli usecases report storage core crypto)
set(allowed_gui gui usecases report storage core crypto)
set(allowed_app app gui core)
set(layers core crypto storage report usecases cli gui app)

# What only the use cases may call. Each is a regular expression over one line of code.
set(writes
    "Repository::(insert|update|remove|removeCascade|anonymise|setLegalName|store)[ \t]*\\("
    "RegisterTransfer::importDocument"
    "ExpiredRequests::anonymise"
    "AuditTrail::(record|redact|append)"
    "RegisterWriter::write"
    "(->|\\.)write\\([ \t]*\\[")
set(front_ends cli gui)

set(problems "")
foreach(layer IN LISTS layers)
    file(GLOB_RECURSE sources ${SOURCE_DIR}/src/${layer}/*.cpp ${SOURCE_DIR}/src/${layer}/*.h)
    foreach(source IN LISTS sources)
        file(STRINGS ${source} includes REGEX "^[ \t]*#[ \t]*include[ \t]+\"[a-z]+/")
        foreach(line IN LISTS includes)
            string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]+\"([a-z]+)/.*$" "\\1" folder "${line}")
            if(NOT folder IN_LIST allowed_${layer})
                file(RELATIVE_PATH shown ${SOURCE_DIR} ${source})
                list(APPEND problems "${shown}: src/${layer} may not include ${folder}/ "
                                     "(it may include: ${allowed_${layer}})")
            endif()
        endforeach()
        if(layer IN_LIST front_ends)
            foreach(pattern IN LISTS writes)
                file(STRINGS ${source} found REGEX "${pattern}")
                foreach(line IN LISTS found)
                    string(STRIP "${line}" line)
                    if(line MATCHES "^//")
                        continue()
                    endif()
                    file(RELATIVE_PATH shown ${SOURCE_DIR} ${source})
                    list(APPEND problems "${shown}: a front end writes without a use case: ${line}")
                endforeach()
            endforeach()
        endif()
    endforeach()
endforeach()

if(problems)
    list(JOIN problems "\n  " listing)
    message(FATAL_ERROR "Layering (docs/architecture.md):\n  ${listing}")
endif()
if(STAMP)
    file(TOUCH ${STAMP})
endif()
