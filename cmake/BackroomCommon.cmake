# One INTERFACE target carries the language level, warnings and strict Qt defines.
add_library(backroom_common INTERFACE)
target_compile_features(backroom_common INTERFACE cxx_std_20)
target_compile_options(backroom_common INTERFACE -Wall -Wextra -Wpedantic)
target_compile_definitions(backroom_common INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CONTEXTLESS_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_NO_KEYWORDS)
target_include_directories(backroom_common INTERFACE ${PROJECT_SOURCE_DIR})

# backroom_add_test(NAME name SOURCES a.cpp ... LIBS lib ...)
# One executable per unit, registered with CTest, offscreen platform.
function(backroom_add_test)
  cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  if(BACKROOM_DEV_SKIP_MISSING)
    foreach(_s ${T_SOURCES})
      if(IS_ABSOLUTE ${_s})
        set(_path ${_s})
      else()
        set(_path ${CMAKE_CURRENT_SOURCE_DIR}/${_s})
      endif()
      if(NOT EXISTS ${_path})
        message(WARNING "dev build: skipping ${T_NAME}, ${_s} does not exist yet")
        return()
      endif()
    endforeach()
  endif()
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE backroom_common Qt6::Test ${T_LIBS})
  target_compile_definitions(${T_NAME} PRIVATE
    BACKROOM_FIXTURES_DIR="${PROJECT_SOURCE_DIR}/tests/fixtures"
    BACKROOM_BIN_PATH="$<TARGET_FILE:backroom>")
  add_test(NAME ${T_NAME} COMMAND ${T_NAME})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 120)
  endif()
  set_tests_properties(${T_NAME} PROPERTIES
    TIMEOUT ${T_TIMEOUT}
    LABELS "${T_LABELS}"
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;BACKROOM_FIXTURES=${PROJECT_SOURCE_DIR}/tests/fixtures;BACKROOM_BIN=$<TARGET_FILE:backroom>")
endfunction()

# backroom_add_module(NAME target DIR folder [LIBS ...])
# A static library of every .cpp/.h in one folder. Folders stay small and single-purpose;
# the link lines state the one-way dependencies.
function(backroom_add_module)
  cmake_parse_arguments(M "" "NAME;DIR" "LIBS" ${ARGN})
  file(GLOB _src CONFIGURE_DEPENDS ${M_DIR}/*.cpp ${M_DIR}/*.h)
  add_library(${M_NAME} STATIC ${_src})
  target_link_libraries(${M_NAME} PUBLIC backroom_common ${M_LIBS})
endfunction()
