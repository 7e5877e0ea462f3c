# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the language level, warnings and strict Qt defines.
# Every target in the project links it; nothing uses global add_definitions().
add_library(rlsdiary_config INTERFACE)
add_library(rlsdiary::config ALIAS rlsdiary_config)

target_compile_features(rlsdiary_config INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(rlsdiary_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(rlsdiary_config INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
    if(RLSDIARY_WARNINGS_AS_ERRORS)
        target_compile_options(rlsdiary_config INTERFACE -Werror)
    endif()
endif()
