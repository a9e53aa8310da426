// `chipgate serve [--listen HOST:PORT]`: the JSON API and the web page (docs/server.md) on the
// rules, catalog and lists the other commands load, until SIGTERM. This file only turns flags
// into ServerOptions; the server is server/.
#include <fmt/format.h>

#include <charconv>
#include <cstdlib>
#include <filesystem>

#include "auth.hpp"
#include "server.hpp"
#include "cli/core/session.hpp"

namespace chipgate::cli {
namespace {

constexpr const char* kUsage =
    "usage: chipgate serve [--listen HOST:PORT] [--token-file FILE | --insecure] [--runs-dir DIR]\n"
    "                      [--max-body-bytes N] [--loops N] [--threads N] [--max-connections N]\n"
    "                      [--request-timeout SECONDS] [--read-deadline SECONDS] [--licenses FILE]...\n"
    "                      [--rules PATH]... [--catalog PATH]... [--parties LIST]... [--param NAME=VALUE]...\n"
    "\n"
    "Serves the JSON API under /v1 and the web page at / (docs/server.md). Listens on 127.0.0.1:8080\n"
    "by default (port 0: any free port, printed on start); another address needs --token-file (a\n"
    "bearer token every request but /healthz must carry) or --insecure. SIGHUP reloads the rules,\n"
    "catalog, lists and licenses (a failed reload keeps the old ones); SIGTERM finishes the requests in\n"
    "flight and exits 0. Audit runs are stored in --runs-dir (default: a new folder under $TMPDIR).\n"
    "Limits: --max-connections open at once (default 256; more get 503 and are closed), served by\n"
    "--loops event-loop threads (one per core; fewer on a machine shared with busy clients, for a\n"
    "shorter tail) with --threads workers for long requests (16),\n"
    "--read-deadline to send a request whole or read its answer (15 s; slower clients are cut off),\n"
    "--request-timeout to answer one (30 s; orders and audits beyond get 504).\n";

bool ParseListen(const std::string& text, server::ServerOptions& o, std::string& error) {
  const auto colon = text.rfind(':');
  if (colon == std::string::npos) {
    error = fmt::format("--listen `{}`: expected HOST:PORT, like 127.0.0.1:8080", text);
    return false;
  }
  std::string host = text.substr(0, colon);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  int port = -1;
  const std::string p = text.substr(colon + 1);
  const auto [end, ec] = std::from_chars(p.data(), p.data() + p.size(), port);
  if (host.empty() || ec != std::errc() || end != p.data() + p.size() || port < 0 || port > 65535) {
    error = fmt::format("--listen `{}`: expected HOST:PORT with a port from 0 to 65535", text);
    return false;
  }
  o.host = host;
  o.port = port;
  return true;
}

bool ParseCount(const Args& args, const char* flag, std::size_t& out, std::string& error) {
  const auto text = args.Get(flag);
  if (!text) return true;
  std::size_t n = 0;
  const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), n);
  if (ec != std::errc() || end != text->data() + text->size() || n == 0) {
    error = fmt::format("{} `{}`: expected a positive whole number", flag, *text);
    return false;
  }
  out = n;
  return true;
}

// A time limit in whole seconds, at most a day (a larger one is no limit at all).
bool ParseSeconds(const Args& args, const char* flag, int& out, std::string& error) {
  std::size_t n = static_cast<std::size_t>(out);
  if (!ParseCount(args, flag, n, error)) return false;
  if (n > 86400) {
    error = fmt::format("{} `{}`: at most 86400 seconds", flag, n);
    return false;
  }
  out = static_cast<int>(n);
  return true;
}

// The runs folder: given, or a new private one (mkdtemp) so two servers never share a database.
bool RunsDir(const Args& args, server::ServerOptions& o, std::string& error) {
  if (const auto dir = args.Get("--runs-dir")) {
    std::error_code ec;
    std::filesystem::create_directories(*dir, ec);
    if (ec) error = fmt::format("--runs-dir {}: {}", *dir, ec.message());
    o.runs_dir = *dir;
    return !ec;
  }
  std::string pattern = (std::filesystem::temp_directory_path() / "chipgate-serve-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    error = "cannot create a runs folder under the temporary folder; give --runs-dir";
    return false;
  }
  o.runs_dir = pattern;
  return true;
}

std::optional<server::ServerOptions> Options(const Args& args, std::string& error) {
  server::ServerOptions o;
  if (!ParseListen(args.GetOr("--listen", "127.0.0.1:8080"), o, error)) return std::nullopt;
  if (const auto file = args.Get("--token-file")) {
    const auto token = server::ReadTokenFile(*file, error);
    if (!token) return std::nullopt;
    o.token = *token;
  }
  o.insecure = args.Has("--insecure");
  if (!ParseCount(args, "--max-body-bytes", o.limits.max_body_bytes, error) || !ParseCount(args, "--threads", o.limits.threads, error) ||
      !ParseCount(args, "--loops", o.limits.loops, error) ||
      !ParseCount(args, "--max-connections", o.limits.max_connections, error) || !ParseSeconds(args, "--request-timeout", o.limits.request_timeout_s, error) ||
      !ParseSeconds(args, "--read-deadline", o.limits.request_read_s, error)) {
    return std::nullopt;
  }
  if (!RunsDir(args, o, error)) return std::nullopt;
  o.license_files = args.GetAll("--licenses");
  o.engine.licenses = o.license_files;  // for the claims of questions; reloaded with the rules
  o.engine.data_dir = DataDir();
  o.engine.rules = args.GetAll("--rules");
  o.engine.catalogs = args.GetAll("--catalog");
  o.engine.params = args.GetAll("--param");
  o.engine.parties = args.GetAll("--parties");
  o.engine.unicode_plugin = UnicodePlugin();
  return o;
}

}  // namespace

int RunServe(const std::vector<std::string>& argv, Io& io) {
  ArgSpec spec = SessionFlags();
  spec.valued.insert({"--listen", "--token-file", "--runs-dir", "--max-body-bytes", "--loops", "--threads", "--max-connections", "--request-timeout",
                      "--read-deadline", "--licenses", "--parties"});
  spec.switches.insert("--insecure");
  int exit_code = kExitOk;
  const auto args = ParseCommand("serve", argv, spec, kUsage, io, exit_code);
  if (!args) return exit_code;
  if (!args->positional().empty()) {
    fmt::print(io.err, "chipgate serve: unexpected argument `{}`\n{}", args->positional()[0], kUsage);
    return kExitUsage;
  }
  std::string error;
  const auto options = Options(*args, error);
  if (!options) {
    fmt::print(io.err, "chipgate serve: {}\n", error);
    return kExitUsage;
  }
  std::fflush(io.err);
  return server::RunServer(*options);
}

}  // namespace chipgate::cli
