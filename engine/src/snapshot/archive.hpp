// The two archives of a snapshot: a Writer that appends values to bytes and a Reader that reads
// them back. Both are called the same way, `archive(field, field, ...)`, so one field list per
// struct (model_fields.hpp, catalog_fields.hpp) drives writing and reading alike. Integers are
// stored at their own width in this machine's byte order: a snapshot is a cache of this machine,
// never exchanged (the header records the byte order, so a shared home on another machine just
// misses). The Reader never reads past its bytes: a short or malformed input makes ok() false,
// and the caller throws the whole result away.
#pragma once

#include <array>
#include <concepts>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "chipgate/country.hpp"
#include "chipgate/date.hpp"
#include "chipgate/rational.hpp"
#include "core/unit.hpp"

namespace chipgate::snapshot {

class Writer;
class Reader;

// A Unit is its exponents, one byte per base unit, and nothing else: a value whose bytes are its
// value, stored as they are (any bytes read back are a valid Unit).
static_assert(std::is_trivially_copyable_v<Unit> && sizeof(Unit) == Unit::kBases,
              "Unit changed: store it through its members in snapshot/archive.hpp");

// A struct with a field list: `Fields(archive, value)` found by argument-dependent lookup.
template <class T, class A>
concept HasFields = requires(A& a, T& t) { Fields(a, t); };

template <class T>
concept Scalar = std::is_integral_v<T> || std::is_enum_v<T>;

class Writer {
 public:
  template <class... T>
  void operator()(const T&... values) {
    (Put(values), ...);
  }
  const std::string& bytes() const { return bytes_; }

 private:
  template <Scalar T>
  void Put(T value) {
    char raw[sizeof(T)];
    std::memcpy(raw, &value, sizeof(T));
    bytes_.append(raw, sizeof(T));
  }
  void Put(const std::string& s) {
    Put(static_cast<std::uint32_t>(s.size()));
    bytes_.append(s);
  }
  template <class T>
  void Put(const std::vector<T>& v) {
    Put(static_cast<std::uint32_t>(v.size()));
    for (const auto& e : v) Put(e);
  }
  template <class T, std::size_t N>
  void Put(const std::array<T, N>& v) {
    for (const auto& e : v) Put(e);
  }
  template <class T>
  void Put(const std::optional<T>& v) {
    Put(v.has_value());
    if (v) Put(*v);
  }
  template <class T, class U>
  void Put(const std::pair<T, U>& p) {
    Put(p.first);
    Put(p.second);
  }
  void Put(const Rational& r) { (*this)(r.num(), r.den()); }
  void Put(Date d) { Put(d.days()); }
  void Put(CountryCode c) { Put(c.index()); }
  void Put(const Unit& u) {
    char raw[sizeof(Unit)];
    std::memcpy(raw, &u, sizeof(Unit));
    bytes_.append(raw, sizeof(Unit));
  }
  // The field lists take their struct by non-const reference so that reading can use them; the
  // Writer only reads through it.
  template <class T>
    requires HasFields<T, Writer>
  void Put(const T& value) {
    Fields(*this, const_cast<T&>(value));
  }

  std::string bytes_;
};

class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}

  template <class... T>
  void operator()(T&... values) {
    (Get(values), ...);
  }
  bool ok() const { return ok_; }
  bool AtEnd() const { return ok_ && bytes_.empty(); }

 private:
  bool Take(void* out, std::size_t n) {
    if (!ok_ || bytes_.size() < n) return ok_ = false;
    std::memcpy(out, bytes_.data(), n);
    bytes_.remove_prefix(n);
    return true;
  }
  // A count that cannot exceed what is left (every element takes at least one byte), so a
  // corrupt length never makes a huge allocation.
  std::uint32_t Count() {
    std::uint32_t n = 0;
    Get(n);
    if (n > bytes_.size()) ok_ = false;
    return ok_ ? n : 0;
  }

  template <Scalar T>
  void Get(T& value) {
    if (!Take(&value, sizeof(T))) value = T{};
  }
  void Get(bool& value) {
    std::uint8_t raw = 0;
    Get(raw);
    if (raw > 1) ok_ = false;
    value = raw == 1;
  }
  void Get(std::string& s) {
    const std::uint32_t n = Count();
    s.assign(bytes_.substr(0, n));
    bytes_.remove_prefix(n);
  }
  template <class T>
  void Get(std::vector<T>& v) {
    const std::uint32_t n = Count();
    v.clear();
    v.resize(n);
    for (auto& e : v) Get(e);
  }
  template <class T, std::size_t N>
  void Get(std::array<T, N>& v) {
    for (auto& e : v) Get(e);
  }
  template <class T>
  void Get(std::optional<T>& v) {
    bool present = false;
    Get(present);
    v.reset();
    if (!present) return;
    v.emplace();
    Get(*v);
  }
  template <class T, class U>
  void Get(std::pair<T, U>& p) {
    Get(p.first);
    Get(p.second);
  }
  void Get(Rational& r) {
    std::int64_t num = 0;
    std::int64_t den = 0;
    (*this)(num, den);
    // Make keeps num/den as given when they fit (no reduction), so the value reads back exact.
    const std::optional<Rational> made = den > 0 ? Rational::Make(num, den) : std::nullopt;
    if (!made) ok_ = false;
    r = made.value_or(Rational());
  }
  void Get(Date& d) {
    std::int32_t days = 0;
    Get(days);
    d = Date::FromDays(days);
  }
  void Get(CountryCode& c) {
    std::uint16_t index = 0;
    Get(index);
    if (index >= CountryCode::kSpace) ok_ = false;
    c = CountryCode::FromIndex(ok_ ? index : 0);
  }
  void Get(Unit& u) {
    if (!Take(&u, sizeof(Unit))) u = Unit();
  }
  template <class T>
    requires HasFields<T, Reader>
  void Get(T& value) {
    Fields(*this, value);
  }

  std::string_view bytes_;
  bool ok_ = true;
};

}  // namespace chipgate::snapshot
