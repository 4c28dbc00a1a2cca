package entity_test

import (
	"errors"
	"testing"

	"github.com/newsfacts/newsfacts/entity"
)

func TestKind(t *testing.T) {
	tests := []struct {
		k    entity.Kind
		text string
	}{
		{entity.KindCompany, "company"},
		{entity.KindPerson, "person"},
		{entity.KindGovernment, "government"},
		{entity.KindCountry, "country"},
		{entity.KindOrganization, "organization"},
	}
	for _, tt := range tests {
		if got := tt.k.String(); got != tt.text {
			t.Errorf("Kind(%d).String() = %q, want %q", tt.k, got, tt.text)
		}
		if tt.k.IsZero() {
			t.Errorf("%v.IsZero() = true", tt.k)
		}
		got, err := entity.ParseKind(tt.text)
		if err != nil || got != tt.k {
			t.Errorf("ParseKind(%q) = %v, %v; want %v", tt.text, got, err, tt.k)
		}
		b, err := tt.k.MarshalText()
		if err != nil || string(b) != tt.text {
			t.Errorf("MarshalText(%v) = %q, %v", tt.k, b, err)
		}
		var u entity.Kind
		if err := u.UnmarshalText(b); err != nil || u != tt.k {
			t.Errorf("UnmarshalText(%q) = %v, %v", b, u, err)
		}
	}

	var z entity.Kind
	if !z.IsZero() || z.String() != "" {
		t.Errorf("zero Kind: IsZero %v, String %q", z.IsZero(), z.String())
	}
	if b, err := z.MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("zero Kind MarshalText = %q, %v", b, err)
	}
	u := entity.KindPerson
	if err := u.UnmarshalText(nil); err != nil || u != 0 {
		t.Errorf("UnmarshalText(empty) = %v, %v", u, err)
	}
	if got := entity.Kind(99).String(); got != "Kind(99)" {
		t.Errorf("Kind(99).String() = %q", got)
	}
	if _, err := entity.Kind(99).MarshalText(); !errors.Is(err, entity.ErrUnknownValue) {
		t.Errorf("Kind(99).MarshalText() error %v", err)
	}
	for _, s := range []string{"", "Company", "firm", "company "} {
		_, err := entity.ParseKind(s)
		var ve *entity.ValueError
		if !errors.Is(err, entity.ErrUnknownValue) || !errors.As(err, &ve) || ve.Input != s || ve.Type != "kind" {
			t.Errorf("ParseKind(%q) error %v", s, err)
		}
	}
	if _, err := entity.ParseKind("firm"); err.Error() != `entity: unknown kind "firm"` {
		t.Errorf("ParseKind(firm) error %q", err)
	}
	if err := u.UnmarshalText([]byte("firm")); err == nil {
		t.Error("UnmarshalText(firm) succeeded")
	}
}

func TestRelationKind(t *testing.T) {
	tests := []struct {
		k         entity.RelationKind
		text      string
		symmetric bool
	}{
		{entity.FormerName, "former_name", false},
		{entity.SubsidiaryOf, "subsidiary_of", false},
		{entity.StakeIn, "stake_in", false},
		{entity.Acquisition, "acquisition", false},
		{entity.JointVenture, "joint_venture", true},
		{entity.Agreement, "agreement", true},
		{entity.SupplierOf, "supplier_of", false},
		{entity.ExecutiveOf, "executive_of", false},
		{entity.OfficialOf, "official_of", false},
		{entity.Meeting, "meeting", true},
	}
	for _, tt := range tests {
		if got := tt.k.String(); got != tt.text {
			t.Errorf("RelationKind(%d).String() = %q, want %q", tt.k, got, tt.text)
		}
		if got := tt.k.Symmetric(); got != tt.symmetric {
			t.Errorf("%v.Symmetric() = %v, want %v", tt.k, got, tt.symmetric)
		}
		if tt.k.IsZero() {
			t.Errorf("%v.IsZero() = true", tt.k)
		}
		got, err := entity.ParseRelationKind(tt.text)
		if err != nil || got != tt.k {
			t.Errorf("ParseRelationKind(%q) = %v, %v; want %v", tt.text, got, err, tt.k)
		}
		b, err := tt.k.MarshalText()
		if err != nil || string(b) != tt.text {
			t.Errorf("MarshalText(%v) = %q, %v", tt.k, b, err)
		}
		var u entity.RelationKind
		if err := u.UnmarshalText(b); err != nil || u != tt.k {
			t.Errorf("UnmarshalText(%q) = %v, %v", b, u, err)
		}
	}

	var z entity.RelationKind
	if !z.IsZero() || z.String() != "" || z.Symmetric() {
		t.Errorf("zero RelationKind: IsZero %v, String %q, Symmetric %v", z.IsZero(), z.String(), z.Symmetric())
	}
	if b, err := z.MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("zero RelationKind MarshalText = %q, %v", b, err)
	}
	u := entity.Meeting
	if err := u.UnmarshalText([]byte{}); err != nil || u != 0 {
		t.Errorf("UnmarshalText(empty) = %v, %v", u, err)
	}
	if got := entity.RelationKind(11).String(); got != "RelationKind(11)" {
		t.Errorf("RelationKind(11).String() = %q", got)
	}
	if _, err := entity.RelationKind(11).MarshalText(); !errors.Is(err, entity.ErrUnknownValue) {
		t.Errorf("RelationKind(11).MarshalText() error %v", err)
	}
	for _, s := range []string{"", "partnership", "Agreement", "former name"} {
		if _, err := entity.ParseRelationKind(s); !errors.Is(err, entity.ErrUnknownValue) {
			t.Errorf("ParseRelationKind(%q) error %v", s, err)
		}
	}
	if _, err := entity.ParseRelationKind("partnership"); err.Error() != `entity: unknown relation kind "partnership"` {
		t.Errorf("ParseRelationKind(partnership) error %q", err)
	}
}
