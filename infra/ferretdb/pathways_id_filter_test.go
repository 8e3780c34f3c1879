// Unit test of pathways_id_filter.go; how to run it: infra/README.md. Not copied into
// the build.

package sqlite

import (
	"testing"

	"github.com/FerretDB/FerretDB/internal/types"
	"github.com/FerretDB/FerretDB/internal/util/must"
)

func doc(pairs ...any) *types.Document { return must.NotFail(types.NewDocument(pairs...)) }
func arr(vals ...any) *types.Array     { return must.NotFail(types.NewArray(vals...)) }

func TestPathwaysIDWhere(t *testing.T) {
	oid := types.ObjectID{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}
	uuid := types.Binary{Subtype: types.BinaryUUID, B: []byte{0xde, 0xad, 0xbe, 0xef, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}}
	big := types.MakeArray(1001)
	for i := 0; i < 1001; i++ {
		big.Append("x")
	}
	for _, tc := range []struct {
		name  string
		f     *types.Document
		where string
		n     int
	}{
		{"nil", nil, "", 0},
		{"empty", doc(), "", 0},
		{"string", doc("_id", "a"), ` WHERE _ferretdb_sjson->"_id" = ?`, 1},
		{"oid+field", doc("_id", oid, "v", int32(1)), ` WHERE _ferretdb_sjson->"_id" = ?`, 1},
		{"binary", doc("_id", uuid), ` WHERE _ferretdb_sjson->"_id" = ?`, 1},
		{"empty binary", doc("_id", types.Binary{}), "", 0},
		{"int", doc("_id", int32(1)), "", 0},
		{"in", doc("_id", doc("$in", arr("a", oid, uuid))), ` WHERE _ferretdb_sjson->"_id" IN (?, ?, ?)`, 3},
		{"in empty", doc("_id", doc("$in", arr())), ` WHERE FALSE`, 0},
		{"in mixed", doc("_id", doc("$in", arr("a", int32(1)))), "", 0},
		{"in+nin", doc("_id", doc("$in", arr("a"), "$nin", arr("b"))), "", 0},
		{"in too many", doc("_id", doc("$in", big)), "", 0},
		{"in not array", doc("_id", doc("$in", "a")), "", 0},
		{"crypt", doc("$or", arr(doc("_id", doc("$in", arr(uuid))), doc("keyAltNames", doc("$in", arr())))), ` WHERE _ferretdb_sjson->"_id" = ?`, 1},
		{"crypt none", doc("$or", arr(doc("_id", doc("$in", arr())), doc("keyAltNames", doc("$in", arr())))), ` WHERE FALSE`, 0},
		{"or exact", doc("$or", arr(doc("_id", "a"), doc("_id", "b", "x", int32(1)))), ` WHERE _ferretdb_sjson->"_id" IN (?, ?)`, 2},
		{"or open branch", doc("$or", arr(doc("_id", "a"), doc("x", int32(1)))), "", 0},
		{"or empty branch", doc("$or", arr(doc("_id", "a"), doc())), "", 0},
		{"or empty", doc("$or", arr()), "", 0},
		{"or not docs", doc("$or", arr("a")), "", 0},
		{"or beside field", doc("x", int32(1), "$or", arr(doc("_id", "a"))), ` WHERE _ferretdb_sjson->"_id" = ?`, 1},
		{"or too many", doc("$or", arr(doc("_id", doc("$in", arr("a"))), doc("_id", doc("$in", big.DeepCopy())))), "", 0},
		{"field in empty", doc("x", doc("$in", arr())), ` WHERE FALSE`, 0},
		{"field in", doc("x", doc("$in", arr("a"))), "", 0},
	} {
		where, args := pathwaysIDWhere(tc.f)
		if where != tc.where || len(args) != tc.n {
			t.Errorf("%s: got %q %v, want %q with %d args", tc.name, where, args, tc.where, tc.n)
		}
	}
	_, args := pathwaysIDWhere(doc("_id", doc("$in", arr("a", oid, uuid))))
	t.Logf("args: %v", args)
}
