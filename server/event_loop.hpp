// One thread serving many connections (docs/server.md, Connections): an epoll loop over
// non-blocking sockets that reads each connection's bytes until a whole request is in
// (request_frame.hpp), has httplib answer it from memory (memory_stream.hpp) and sends the
// answer as far as the socket takes it, the rest when epoll says there is room. With one loop
// per core the server has as many runnable threads as cores, not one per connection: that
// thread count was the p99 latency under load (docs/server.md, Speed).
//
// A loop never waits on a socket and never runs a long request: requests that take long
// (dispatch.hpp) are answered from memory by a worker thread, and requests httplib must read
// from the socket itself (kStreamed) are run on a worker over the socket with deadlines
// (deadline_stream.hpp); either way the connection is handed back with the answer, and the loop
// goes on with its other connections meanwhile. The deadlines of the connections a loop holds
// (the keep-alive wait, a request's read deadline, its answer's write deadline) are checked ten
// times a second.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "deadline_stream.hpp"
#include "loop_connection.hpp"
#include "request_frame.hpp"
#include "request_runner.hpp"

namespace httplib {
class ThreadPool;
}

namespace chipgate::server {

struct LoopSettings {
  StreamLimits stream;                  // the per-byte waits and the whole-request deadline
  std::chrono::milliseconds keep_alive; // an idle connection is closed after this
  std::size_t keep_alive_max_requests;
  FrameLimits frame;
};

class EventLoop {
 public:
  // `runner` and `workers` must outlive the loop; `open` counts the connections all loops hold
  // (the accepting thread increments it, the loop that closes a connection decrements it).
  EventLoop(RequestRunner& runner, httplib::ThreadPool& workers, std::atomic<std::size_t>& open, const LoopSettings& settings);
  ~EventLoop();
  EventLoop(const EventLoop&) = delete;
  EventLoop& operator=(const EventLoop&) = delete;

  // From any thread: the loop takes the (non-blocking) socket and will close it.
  void Adopt(int socket);
  // From any thread: close the idle connections, finish the requests begun (their answers say
  // `Connection: close`), then end the thread. Join waits for that.
  void Stop();
  void Join();

 private:
  using Clock = std::chrono::steady_clock;

  // What a worker hands back with a connection.
  struct Handback {
    int socket = -1;
    std::string answer;                 // from memory: the answer, for the loop to send
    std::size_t consumed = 0;           // from memory: the bytes of `in` httplib read
    std::optional<std::string> unread;  // streamed: the bytes read past the request (they replace `in`)
    bool keep = true;                   // false: close once the answer is out
  };
  enum class Stalled { kInput, kOutput, kBusy, kClosing };

  void Run();
  void TakeInbox();
  void Pump(LoopConnection& c);
  Stalled Serve(LoopConnection& c);
  void AnswerHere(LoopConnection& c, std::size_t size, const RequestFrame& frame);
  void AnswerOnWorker(LoopConnection& c, const RequestFrame& frame);
  void StreamOnWorker(LoopConnection& c);
  void Post(Handback h);
  void TakeBack(LoopConnection& c, Handback& h);
  // True when `c` was closed (and is gone).
  bool Finish(LoopConnection& c);
  void Sweep();
  void Close(LoopConnection& c);
  bool Last(const LoopConnection& c) const { return c.requests_left <= 1 || stopping_; }

  RequestRunner& runner_;
  httplib::ThreadPool& workers_;
  std::atomic<std::size_t>& open_;
  const LoopSettings settings_;
  int epoll_ = -1;
  int wake_ = -1;  // an eventfd: the inbox has something
  std::unordered_map<int, std::unique_ptr<LoopConnection>> connections_;
  Clock::time_point now_;
  Clock::time_point next_sweep_;
  bool stopping_ = false;

  std::mutex inbox_mutex_;  // guards the three below, filled by other threads
  std::vector<int> adopted_;
  std::vector<Handback> handed_back_;
  bool stop_requested_ = false;

  std::thread thread_;  // last: started once everything above is ready
};

}  // namespace chipgate::server
