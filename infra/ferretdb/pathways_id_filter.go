// Pathways addition to FerretDB v1.24.2's SQLite back end (package
// internal/backends/sqlite). infra/ferretdb.sh copies this file into the module's
// source before building and makes Query (and Explain) call pathwaysIDWhere; see
// infra/README.md. Not part of upstream FerretDB.

package sqlite

import (
	"fmt"
	"strings"

	"github.com/FerretDB/FerretDB/internal/backends/sqlite/metadata"
	"github.com/FerretDB/FerretDB/internal/handler/sjson"
	"github.com/FerretDB/FerretDB/internal/types"
	"github.com/FerretDB/FerretDB/internal/util/must"
)

// pathwaysMaxIDs caps how many `_id`s one query may narrow to: above it the query
// scans, as upstream does, rather than send SQLite an unbounded list of parameters.
const pathwaysMaxIDs = 1000

// pathwaysIDWhere returns a WHERE clause on the `_id` index's expression, and its
// arguments, that selects a SUPERSET of the rows whose documents match filter; or ""
// (no clause: scan the collection) when the filter is not one of the shapes below.
//
// A superset is enough: the back-end contract says "Filter may be ignored, or safely
// applied partially or entirely", and every handler (find, count, distinct, update,
// delete, findAndModify, aggregate's leading $match) applies the whole filter again
// to what Query returns. So the clause never has to be exact, only never to drop a
// matching document.
//
// The comparison is on the sjson text of the `_id`, which carries no type: a string
// and an ObjectId with the same hex text, or binaries that differ only in subtype,
// compare equal here. That only widens the superset.
func pathwaysIDWhere(filter *types.Document) (string, []any) {
	ids, ok := pathwaysFilterIDs(filter)
	if !ok {
		return "", nil
	}

	switch len(ids) {
	case 0:
		// The filter matches nothing (an empty $in, alone or in every $or branch).
		return ` WHERE FALSE`, nil
	case 1:
		return fmt.Sprintf(` WHERE %s = ?`, metadata.IDColumn), ids
	}

	placeholders := strings.Repeat(", ?", len(ids))[2:]

	return fmt.Sprintf(` WHERE %s IN (%s)`, metadata.IDColumn, placeholders), ids
}

// pathwaysFilterIDs returns the sjson texts of every `_id` a document matching filter
// (a query document: its fields are ANDed) can have, and true; or false when it
// cannot tell. An empty list with true means that nothing matches.
func pathwaysFilterIDs(filter *types.Document) ([]any, bool) {
	if filter.Len() == 0 {
		return nil, false
	}

	// Get panics on a duplicated key; leave such filters to the handler.
	if _, dup := filter.FindDuplicateKey(); dup {
		return nil, false
	}

	// The fields are ANDed, so the ids allowed by any one field bound the result.
	if v, _ := filter.Get("_id"); v != nil {
		if ids, ok := pathwaysIDCondition(v); ok {
			return ids, true
		}
	}

	if v, _ := filter.Get("$or"); v != nil {
		if ids, ok := pathwaysOrIDs(v); ok {
			return ids, true
		}
	}

	for _, k := range filter.Keys() {
		if strings.HasPrefix(k, "$") {
			continue
		}

		if pathwaysEmptyIn(must.NotFail(filter.Get(k))) {
			return []any{}, true
		}
	}

	return nil, false
}

// pathwaysIDCondition handles the value of a filter's `_id` field: an exact string,
// ObjectId or (non-empty) binary, or {$in: [...]} of those.
func pathwaysIDCondition(v any) ([]any, bool) {
	if id, ok := pathwaysIDValue(v); ok {
		return []any{id}, true
	}

	op, ok := v.(*types.Document)
	if !ok || op.Len() != 1 || op.Keys()[0] != "$in" {
		return nil, false
	}

	list, ok := must.NotFail(op.Get("$in")).(*types.Array)
	if !ok || list.Len() > pathwaysMaxIDs {
		return nil, false
	}

	ids := make([]any, list.Len())

	for i := range list.Len() {
		if ids[i], ok = pathwaysIDValue(must.NotFail(list.Get(i))); !ok {
			return nil, false
		}
	}

	return ids, true
}

// pathwaysIDValue returns the sjson text of v as stored in `_id`, for the types
// whose equality is plain equality of that text.
//
// An empty binary is left out: encoding/json writes a nil byte slice as null and an
// empty one as "", and which of the two a stored document and a filter hold is not
// something to rely on.
func pathwaysIDValue(v any) (any, bool) {
	switch v := v.(type) {
	case string, types.ObjectID:
	case types.Binary:
		if len(v.B) == 0 {
			return nil, false
		}
	default:
		return nil, false
	}

	return string(must.NotFail(sjson.MarshalSingleValue(v))), true
}

// pathwaysOrIDs handles the value of a $or: the union of the ids of its branches,
// each of which must be narrowable; otherwise (or over the cap) false.
//
// A branch such as {keyAltNames: {$in: []}} matches nothing and adds nothing. That is
// libmongocrypt's query for data keys by id:
// {$or: [{_id: {$in: [UUID...]}}, {keyAltNames: {$in: []}}]}.
func pathwaysOrIDs(v any) ([]any, bool) {
	branches, ok := v.(*types.Array)
	// An empty or malformed $or is an error for the handler to report; narrowing it
	// to nothing would hide the error behind an empty result.
	if !ok || branches.Len() == 0 {
		return nil, false
	}

	var ids []any

	for i := range branches.Len() {
		branch, ok := must.NotFail(branches.Get(i)).(*types.Document)
		if !ok {
			return nil, false
		}

		branchIDs, ok := pathwaysFilterIDs(branch)
		if !ok {
			return nil, false
		}

		if ids = append(ids, branchIDs...); len(ids) > pathwaysMaxIDs {
			return nil, false
		}
	}

	if ids == nil {
		ids = []any{}
	}

	return ids, true
}

// pathwaysEmptyIn reports whether v is exactly {$in: []}, which matches no document.
func pathwaysEmptyIn(v any) bool {
	op, ok := v.(*types.Document)
	if !ok || op.Len() != 1 || op.Keys()[0] != "$in" {
		return false
	}

	list, ok := must.NotFail(op.Get("$in")).(*types.Array)

	return ok && list.Len() == 0
}
