// The field list of every struct in the checked Model, read by both snapshot archives. Each list
// names the struct's members through a structured binding, which must name every member: a
// member added to a struct in check/model.hpp fails the build here until it is added to the list
// (the error reads "N names provided for structured binding ... decomposes into M elements").
// Keep the order of the binding and of the archive call the same as the struct's.
#pragma once

#include "check/model.hpp"

namespace chipgate::snapshot {

template <class A>
void Fields(A& ar, Span& s) {
  auto& [file, begin, end] = s;
  ar(file, begin, end);
}

template <class A>
void Fields(A& ar, Interval& i) {
  auto& [from, until] = i;
  ar(from, until);
}

template <class A>
void Fields(A& ar, Node& n) {
  auto& [op, type, unit, span, index, a, arith, aggregate, boolean, number, text, source, children, cmps, countries, strings] = n;
  ar(op, type, unit, span, index, a, arith, aggregate, boolean, number, text, source, children, cmps, countries, strings);
}

template <class A>
void Fields(A& ar, ParamSym& p) {
  auto& [name, type, unit, default_bool, default_number, allowed, range, title, span] = p;
  ar(name, type, unit, default_bool, default_number, allowed, range, title, span);
}

template <class A>
void Fields(A& ar, TableSym& t) {
  auto& [name, unit, values, title, cites, span] = t;
  ar(name, unit, values, title, cites, span);
}

template <class A>
void Fields(A& ar, MetricSym& m) {
  auto& [name, role, unit, body, title, cites, span] = m;
  ar(name, role, unit, body, title, cites, span);
}

template <class A>
void Fields(A& ar, Membership& m) {
  auto& [country, interval, cite] = m;
  ar(country, interval, cite);
}

template <class A>
void Fields(A& ar, GroupSym& g) {
  auto& [name, title, cites, members, span] = g;
  ar(name, title, cites, members, span);
}

template <class A>
void Fields(A& ar, SetSym& s) {
  auto& [name, title, body, span] = s;
  ar(name, title, body, span);
}

template <class A>
void Fields(A& ar, TreatSym& t) {
  auto& [country, as, interval, cite, title, span] = t;
  ar(country, as, interval, cite, title, span);
}

template <class A>
void Fields(A& ar, RuleInfo& r) {
  auto& [id, title, in_force, cites, status, status_note, file, span] = r;
  ar(id, title, in_force, cites, status, status_note, file, span);
}

template <class A>
void Fields(A& ar, ClassifyRule& r) {
  auto& [info, eccn, when, unless, basis] = r;
  ar(info, eccn, when, unless, basis);
}

template <class A>
void Fields(A& ar, NoteRule& r) {
  auto& [info, excludes, when] = r;
  ar(info, excludes, when);
}

template <class A>
void Fields(A& ar, ReviewArm& r) {
  auto& [policy, when] = r;
  ar(policy, when);
}

template <class A>
void Fields(A& ar, RequireRule& r) {
  auto& [info, eccns, when, review, letter_vendor, letter_source, asks] = r;
  ar(info, eccns, when, review, letter_vendor, letter_source, asks);
}

template <class A>
void Fields(A& ar, OverrideRule& r) {
  auto& [info, of, policy, when] = r;
  ar(info, of, policy, when);
}

template <class A>
void Fields(A& ar, ExceptionRule& r) {
  auto& [info, code, authorizes, when, requires_text] = r;
  ar(info, code, authorizes, when, requires_text);
}

template <class A>
void Fields(A& ar, EccnSym& e) {
  auto& [name, is_criterion, rules, notes] = e;
  ar(name, is_criterion, rules, notes);
}

template <class A>
void Fields(A& ar, RuleFileInfo& f) {
  auto& [path, title, authority, sha256] = f;
  ar(path, title, authority, sha256);
}

template <class A>
void Fields(A& ar, Model& m) {
  auto& [nodes, params, tables, metrics, groups, sets, treats, eccns, classify_rules, notes, requirements, overrides,
         exceptions, coverage_from, current_to, files, rules_hash] = m;
  ar(nodes, params, tables, metrics, groups, sets, treats, eccns, classify_rules, notes, requirements, overrides, exceptions,
     coverage_from, current_to, files, rules_hash);
}

}  // namespace chipgate::snapshot
