package entity

import "strconv"

// Kind is the kind of a named entity: a company, a person, a government
// body, a country or another organization. Its text form is the wire name
// ("company"). The zero Kind is unknown and prints as "".
type Kind uint8

// The kinds of entity. Their wire names are in WIRE.md. (The constants
// carry a Kind prefix because [Country] is also a type of this package.)
const (
	KindCompany      Kind = iota + 1 // "company": a business, listed or not
	KindPerson                       // "person"
	KindGovernment                   // "government": ministries, agencies, regulators, state bodies
	KindCountry                      // "country"
	KindOrganization                 // "organization": associations, universities, exchanges, anything else
)

var kindNames = [...]string{"", "company", "person", "government", "country", "organization"}

// String returns the wire name of k: "company", "person", "government",
// "country", "organization"; "" for the zero Kind, and "Kind(N)" for a
// value that is not one of the constants.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// IsZero reports whether k is the zero (unknown) Kind.
func (k Kind) IsZero() bool { return k == 0 }

// ParseKind returns the Kind whose wire name is s ("company"). The match
// is exact. An empty or unknown s gives a [*ValueError] that unwraps to
// [ErrUnknownValue].
func ParseKind(s string) (Kind, error) {
	for i := 1; i < len(kindNames); i++ {
		if kindNames[i] == s {
			return Kind(i), nil
		}
	}
	return 0, newValueError("kind", s, ErrUnknownValue)
}

// MarshalText implements [encoding.TextMarshaler]. The zero Kind encodes
// as empty text; a value that is not one of the constants is an error.
func (k Kind) MarshalText() ([]byte, error) {
	if int(k) >= len(kindNames) {
		return nil, newValueError("kind", k.String(), ErrUnknownValue)
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]. Empty text sets
// the zero Kind.
func (k *Kind) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*k = 0
		return nil
	}
	v, err := ParseKind(string(text))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// RelationKind is the kind of a relation between two entities, as listed
// in DESIGN.md. Its text form is the wire name ("former_name"). The zero
// RelationKind is unknown and prints as "".
type RelationKind uint8

// The kinds of relation. Each comment gives the direction: subject ->
// object, or <-> for a symmetric kind.
const (
	FormerName   RelationKind = iota + 1 // "former_name": company -> its earlier name
	SubsidiaryOf                         // "subsidiary_of": unit -> parent
	StakeIn                              // "stake_in": owner -> owned
	Acquisition                          // "acquisition": buyer -> target
	JointVenture                         // "joint_venture": partner <-> partner
	Agreement                            // "agreement": party <-> party
	SupplierOf                           // "supplier_of": supplier -> customer
	ExecutiveOf                          // "executive_of": person -> company
	OfficialOf                           // "official_of": person -> government body or country
	Meeting                              // "meeting": party <-> party
)

var relationNames = [...]string{
	"", "former_name", "subsidiary_of", "stake_in", "acquisition",
	"joint_venture", "agreement", "supplier_of", "executive_of",
	"official_of", "meeting",
}

// String returns the wire name of r ("subsidiary_of"), "" for the zero
// RelationKind, and "RelationKind(N)" for a value that is not one of the
// constants.
func (r RelationKind) String() string {
	if int(r) < len(relationNames) {
		return relationNames[r]
	}
	return "RelationKind(" + strconv.Itoa(int(r)) + ")"
}

// IsZero reports whether r is the zero (unknown) RelationKind.
func (r RelationKind) IsZero() bool { return r == 0 }

// Symmetric reports whether the relation reads the same both ways, so
// that its subject and object may be swapped: [Agreement],
// [JointVenture] and [Meeting].
func (r RelationKind) Symmetric() bool {
	return r == Agreement || r == JointVenture || r == Meeting
}

// ParseRelationKind returns the RelationKind whose wire name is s
// ("stake_in"). The match is exact. An empty or unknown s gives a
// [*ValueError] that unwraps to [ErrUnknownValue].
func ParseRelationKind(s string) (RelationKind, error) {
	for i := 1; i < len(relationNames); i++ {
		if relationNames[i] == s {
			return RelationKind(i), nil
		}
	}
	return 0, newValueError("relation kind", s, ErrUnknownValue)
}

// MarshalText implements [encoding.TextMarshaler]. The zero RelationKind
// encodes as empty text; a value that is not one of the constants is an
// error.
func (r RelationKind) MarshalText() ([]byte, error) {
	if int(r) >= len(relationNames) {
		return nil, newValueError("relation kind", r.String(), ErrUnknownValue)
	}
	return []byte(relationNames[r]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]. Empty text sets
// the zero RelationKind.
func (r *RelationKind) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*r = 0
		return nil
	}
	v, err := ParseRelationKind(string(text))
	if err != nil {
		return err
	}
	*r = v
	return nil
}
