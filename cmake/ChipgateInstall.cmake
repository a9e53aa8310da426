# `cmake --install` puts the library (libchipgate.a) and its Unicode plugin, the public headers (include/chipgate/),
# the bundled rules, catalog and party lists (share/chipgate/) and a CMake package, so that a program can
#   find_package(chipgate CONFIG REQUIRED)
#   target_link_libraries(app PRIVATE chipgate::engine)
# and point EngineOptions::data_dir at ${chipgate_DATA_DIR} (and EngineOptions::unicode_plugin at
# ${chipgate_UNICODE_PLUGIN} when the prefix may move). examples/embed is such a program.
include(CMakePackageConfigHelpers)

install(TARGETS chipgate_engine EXPORT chipgateTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/engine/include/chipgate DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
# The Unicode plugin the library opens for names that are not ASCII, where the library looks
# (the install directory is compiled in) and where chipgate_UNICODE_PLUGIN says for a moved prefix.
set(CHIPGATE_PLUGIN_DIR ${CMAKE_INSTALL_LIBDIR}/chipgate)
install(TARGETS chipgate_unicode LIBRARY DESTINATION ${CHIPGATE_PLUGIN_DIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/rules ${PROJECT_SOURCE_DIR}/catalog ${PROJECT_SOURCE_DIR}/lists
  DESTINATION ${CMAKE_INSTALL_DATADIR}/chipgate)
if(TARGET chipgate)
  install(TARGETS chipgate chipgate-serve RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

set(CHIPGATE_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/chipgate)
install(EXPORT chipgateTargets NAMESPACE chipgate:: DESTINATION ${CHIPGATE_CMAKE_DIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/chipgateConfig.cmake.in
  ${PROJECT_BINARY_DIR}/chipgateConfig.cmake
  INSTALL_DESTINATION ${CHIPGATE_CMAKE_DIR}
  PATH_VARS CMAKE_INSTALL_DATADIR CHIPGATE_PLUGIN_DIR)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/chipgateConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/chipgateConfig.cmake ${PROJECT_BINARY_DIR}/chipgateConfigVersion.cmake
  DESTINATION ${CHIPGATE_CMAKE_DIR})
