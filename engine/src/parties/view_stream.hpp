// An std::istream over bytes someone else owns, so the CSV reader can read a file that is
// already in memory (in a SourceSet) without a copy.
#pragma once

#include <istream>
#include <streambuf>
#include <string_view>

namespace chipgate::parties {

class ViewStreamBuf : public std::streambuf {
 public:
  explicit ViewStreamBuf(std::string_view bytes) {
    // streambuf's get area is non-const by signature; it is only read through.
    char* begin = const_cast<char*>(bytes.data());
    setg(begin, begin, begin + bytes.size());
  }
};

class ViewStream : private ViewStreamBuf, public std::istream {
 public:
  explicit ViewStream(std::string_view bytes) : ViewStreamBuf(bytes), std::istream(static_cast<ViewStreamBuf*>(this)) {}
};

}  // namespace chipgate::parties
