// The OpenAPI 3 description of the JSON API, served at /v1/openapi.json. Response schemas pin
// the keys and types clients rely on (the server test validates real responses against them);
// the CLI's --format json documents (docs/) describe every key in full.
#include "routes.hpp"

namespace chipgate::server {

std::string_view OpenApiDocument() {
  static constexpr std::string_view kDocument = R"JSON({
  "openapi": "3.0.3",
  "info": {"title": "chipgate", "version": "1",
           "description": "Export-control license determinations for AI accelerators. Errors are {code, message, field}; see docs/server.md. Any request may also be answered 503 (S0503) when the server has --max-connections open."},
  "paths": {
    "/v1/check": {"post": {"summary": "One shipment: the license determination (the JSON of `chipgate check --format json`)",
      "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Question"}}}},
      "responses": {"200": {"description": "the decision", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Decision"}}}},
                    "400": {"$ref": "#/components/responses/Error"}, "413": {"$ref": "#/components/responses/Error"},
                    "422": {"$ref": "#/components/responses/Error"}}}},
    "/v1/orders": {"post": {"summary": "An order: one decision per line and the order's overall outcome (its worst line; a line that cannot be answered counts as indeterminate)",
      "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Order"}}}},
      "responses": {"200": {"description": "the answers", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/OrderAnswer"}}}},
                    "400": {"$ref": "#/components/responses/Error"}, "413": {"$ref": "#/components/responses/Error"},
                    "504": {"$ref": "#/components/responses/Error"}}}},
    "/v1/classify": {"post": {"summary": "The ECCN paragraphs an item meets: one element of `chipgate classify --format json`'s items",
      "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ClassifyRequest"}}}},
      "responses": {"200": {"description": "the classification", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Classification"}}}},
                    "400": {"$ref": "#/components/responses/Error"}, "422": {"$ref": "#/components/responses/Error"}}}},
    "/v1/screen": {"post": {"summary": "Products x destinations (`chipgate screen --format json`)",
      "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ScreenRequest"}}}},
      "responses": {"200": {"description": "the matrix", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Screen"}}}},
                    "400": {"$ref": "#/components/responses/Error"}, "422": {"$ref": "#/components/responses/Error"}}}},
    "/v1/parties/search": {"post": {"summary": "A name against the restricted-party lists (`chipgate parties search --format json`)",
      "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PartyQuestion"}}}},
      "responses": {"200": {"description": "the matches", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PartyMatches"}}}},
                    "400": {"$ref": "#/components/responses/Error"}}}},
    "/v1/catalog": {"get": {"summary": "The catalog (`chipgate catalog list --format json`)",
      "responses": {"200": {"description": "every item", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/CatalogEntry"}}}}}}}},
    "/v1/catalog/{id}": {"get": {"summary": "One item (`chipgate catalog show ID --format json`)",
      "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
      "responses": {"200": {"description": "the item", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CatalogItem"}}}},
                    "404": {"$ref": "#/components/responses/Error"}}}},
    "/v1/rules": {"get": {"summary": "The encoded rules, their status on the date, and the date they are current to",
      "parameters": [{"name": "date", "in": "query", "required": false, "schema": {"type": "string", "format": "date"}}],
      "responses": {"200": {"description": "the index", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Rules"}}}},
                    "400": {"$ref": "#/components/responses/Error"}}}},
    "/v1/audit": {"post": {"summary": "A shipment log (CSV with a header row) audited as one stored run",
      "requestBody": {"required": true, "content": {"text/csv": {"schema": {"type": "string"}}}},
      "responses": {"201": {"description": "the run", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AuditRun"}}}},
                    "400": {"$ref": "#/components/responses/Error"}, "413": {"$ref": "#/components/responses/Error"},
                    "504": {"$ref": "#/components/responses/Error"}}}},
    "/v1/runs/{id}/report": {"get": {"summary": "A run's HTML report",
      "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
      "responses": {"200": {"description": "the report", "content": {"text/html": {"schema": {"type": "string"}}}},
                    "404": {"$ref": "#/components/responses/Error"}}}},
    "/healthz": {"get": {"summary": "Liveness and the snapshot answering (no token needed)",
      "responses": {"200": {"description": "healthy", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}}}}}}},
    "/v1/openapi.json": {"get": {"summary": "This document", "responses": {"200": {"description": "OpenAPI 3"}}}}
  },
  "components": {
    "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
    "responses": {"Error": {"description": "an error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}},
    "schemas": {
      "Error": {"type": "object", "required": ["code", "message", "field"], "properties": {
        "code": {"type": "string"}, "message": {"type": "string"}, "field": {"type": "string", "nullable": true}}},
      "Question": {"type": "object", "additionalProperties": false, "required": ["item", "destination"], "properties": {
        "item": {"type": "string"}, "destination": {"type": "string"}, "date": {"type": "string", "format": "date"},
        "end_user_hq": {"type": "string"}, "exporter_hq": {"type": "string"}, "end_user": {"type": "string"},
        "end_user_country": {"type": "string"}, "end_user_parent": {"type": "string"}, "consignee": {"type": "string"},
        "purchaser": {"type": "string"}, "end_use": {"type": "array", "items": {"type": "string"}},
        "transaction": {"type": "string", "enum": ["export", "reexport", "transfer"]}, "exporter": {"type": "string"},
        "uae_approved_entity": {"type": "boolean"},
        "claim": {"type": "string", "description": "what the shipment claims authorizes it: NLR, a license exception code or a license number (checked against the server's --licenses); the answer gains `claim`"},
        "quantity": {"type": "integer", "minimum": 1, "description": "units shipped, checked against a claimed license's quantity; needs `claim`"}}},
      "Decision": {"type": "object", "required": ["item", "date", "destination", "outcome", "license_required", "classifications", "reasons", "missing", "parties_screened", "conditions", "provenance"], "properties": {
        "item": {"type": "string"}, "date": {"type": "string"}, "destination": {"type": "string"},
        "outcome": {"type": "string", "enum": ["no_license_required", "license_required", "prohibited", "indeterminate"]},
        "license_required": {"type": "boolean", "nullable": true}, "classifications": {"type": "array"}, "reasons": {"type": "array"},
        "missing": {"type": "array"}, "parties_screened": {"type": "boolean"}, "conditions": {"type": "array"}, "provenance": {"type": "object"},
        "claim": {"$ref": "#/components/schemas/Claim"}}},
      "Claim": {"type": "object", "additionalProperties": false, "required": ["claimed", "kind", "verdict", "reasons", "license", "notes"], "properties": {
        "claimed": {"type": "string"}, "kind": {"type": "string", "enum": ["nlr", "exception", "license", "unrecognised"]},
        "verdict": {"type": "string", "enum": ["ok", "violation", "over-declared", "indeterminate", "prohibited"]},
        "reasons": {"type": "array", "items": {"type": "string"}},
        "license": {"type": "object", "nullable": true, "additionalProperties": false, "required": ["finding", "covered", "text", "source"], "properties": {
          "finding": {"type": "string"}, "covered": {"type": "boolean"}, "text": {"type": "string"}, "source": {"type": "string"}}},
        "notes": {"type": "array", "items": {"type": "string"}}}},
      "Order": {"type": "object", "additionalProperties": false, "required": ["lines"], "properties": {
        "lines": {"type": "array", "minItems": 1, "maxItems": 1000, "items": {"$ref": "#/components/schemas/Question"}}}},
      "OrderAnswer": {"type": "object", "required": ["outcome", "lines_total", "lines_with_errors", "lines"], "properties": {
        "outcome": {"type": "string", "enum": ["no_license_required", "license_required", "prohibited", "indeterminate"]},
        "lines_total": {"type": "integer"}, "lines_with_errors": {"type": "integer"},
        "lines": {"type": "array", "items": {"type": "object", "required": ["line"], "properties": {
          "line": {"type": "integer", "minimum": 1, "description": "the line's number, from 1 (its `field` paths index `lines` from 0)"}, "decision": {"$ref": "#/components/schemas/Decision"}, "error": {"$ref": "#/components/schemas/Error"}}}}}},
      "ClassifyRequest": {"type": "object", "additionalProperties": false, "required": ["item"], "properties": {
        "item": {"type": "string"}, "date": {"type": "string", "format": "date"}}},
      "Classification": {"type": "object", "required": ["item", "date", "classifications", "criteria", "metrics", "reasons"], "properties": {
        "item": {"type": "string"}, "date": {"type": "string"}, "classifications": {"type": "array", "items": {"type": "string"}},
        "criteria": {"type": "array"}, "metrics": {"type": "array"}, "reasons": {"type": "array"}}},
      "ScreenRequest": {"type": "object", "additionalProperties": false, "properties": {
        "items": {"type": "array", "items": {"type": "string"}}, "vendors": {"type": "array", "items": {"type": "string"}},
        "destinations": {"type": "array", "items": {"type": "string"}}, "groups": {"type": "array", "items": {"type": "string"}},
        "date": {"type": "string", "format": "date"}, "end_user_hq": {"type": "string"}, "exporter_hq": {"type": "string"},
        "merge": {"type": "boolean"}}},
      "Screen": {"type": "object", "required": ["date", "columns", "rows", "legend", "provenance"], "properties": {
        "date": {"type": "string"}, "columns": {"type": "array"}, "rows": {"type": "array"}, "legend": {"type": "object"}, "provenance": {"type": "object"}}},
      "PartyQuestion": {"type": "object", "additionalProperties": false, "required": ["name"], "properties": {
        "name": {"type": "string"}, "country": {"type": "string"}, "date": {"type": "string", "format": "date"}}},
      "PartyMatches": {"type": "object", "required": ["query", "matches", "lists"], "properties": {
        "query": {"type": "object"}, "matches": {"type": "array"}, "lists": {"type": "array"}}},
      "CatalogEntry": {"type": "object", "required": ["id", "name", "vendor", "kind"], "properties": {
        "id": {"type": "string"}, "name": {"type": "string"}, "vendor": {"type": "string"}, "kind": {"type": "string"}}},
      "CatalogItem": {"type": "object", "required": ["id", "vendor", "name", "kind", "metrics", "sources"], "properties": {
        "id": {"type": "string"}, "vendor": {"type": "string"}, "name": {"type": "string"}, "kind": {"type": "string"},
        "metrics": {"type": "array"}, "sources": {"type": "array"}}},
      "Rules": {"type": "object", "required": ["as_of", "coverage_from", "current_to", "rules_hash", "rules"], "properties": {
        "as_of": {"type": "string"}, "coverage_from": {"type": "string"}, "current_to": {"type": "string", "nullable": true},
        "rules_hash": {"type": "string"}, "rules": {"type": "array"}}},
      "AuditRun": {"type": "object", "required": ["run_id", "rows", "ok", "violations", "over_declared", "indeterminate", "rejected", "input_sha256", "report"], "properties": {
        "run_id": {"type": "integer"}, "rows": {"type": "integer"}, "ok": {"type": "integer"}, "violations": {"type": "integer"},
        "over_declared": {"type": "integer"}, "indeterminate": {"type": "integer"}, "rejected": {"type": "integer"},
        "input_sha256": {"type": "string"}, "report": {"type": "string", "nullable": true}}},
      "Health": {"type": "object", "required": ["status", "version", "rules_hash", "catalog_hash", "loaded_at", "reloads"], "properties": {
        "status": {"type": "string"}, "version": {"type": "string"}, "rules_hash": {"type": "string"}, "catalog_hash": {"type": "string"},
        "loaded_at": {"type": "string"}, "reloads": {"type": "integer"}}}
    }
  }
})JSON";
  return kDocument;
}

}  // namespace chipgate::server
