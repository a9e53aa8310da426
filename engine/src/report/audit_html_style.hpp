// The audit report's stylesheet, inlined into the page (the report must need no other file).
#pragma once

namespace chipgate::report_detail {

const char* AuditReportCss();

}  // namespace chipgate::report_detail
