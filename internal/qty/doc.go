// Package qty finds mass quantities in plain text and ties each to what it
// measures. It works on one sentence at a time and knows nothing of
// articles or entities: package parse calls it on the sentences of a page
// and turns its byte ranges into spans of the original input.
//
// # Scanning
//
// [Scan] reads every quantity of material in a string: a number as package
// commodity reads it (digits, scale words, written numbers, fractions), a
// unit of mass ("t", "tonnes", "metric tons", "kt", "Mt", "lb", "oz",
// "dwt", the rate units "tpa", "Mtpa", "t/yr"), the bound words before it
// ("up to", "more than", "about", "~"), ranges ("3,000 to 6,000 tons",
// "between 3 and 5 Mt", "3.5mn-5mn t/yr"), the rate words after it ("a
// year", "per annum", "annually") and vague plurals ("billions of tonnes",
// at least a billion). It leaves out what only looks like a quantity:
// prices and grades ("$500/t", "5 g/t gold", "3 tonnes per hectare"),
// money in pounds ("worth 5 million pounds"), a vehicle or machine class
// ("a 5-ton truck", "a 6,000-ton press"), explosive yield ("15 kilotons of
// TNT"), wind speed in knots, freight work ("tonne-km"), years followed by
// a stray letter ("in 2023 t he"), and numbers glued to words
// ("COVID-19 t").
//
// Each [Quantity] keeps the byte range of every part it was read from: the
// numbers, a scale word a range end borrows ("3-5 million tonnes": the
// lower end is 3 million), and the unit words. Joining the number, the
// scale and the unit with spaces gives text that commodity.ParseTonnage
// (or commodity.ParseRate, for a rate unit) reads to the same value; the
// package tests check this on fuzzed input. The one exception is a vague
// plural, whose value is the power of ten its words name.
//
// # Linking
//
// [Link] ties the quantities of a sentence to their commodity (from "of
// rare earth materials", "lithium hydroxide plant", "37ktpy nickel", or the
// words before), their measure (reserves, production, capacity, exports,
// supply, sales...), a rate the sentence states elsewhere ("annual
// capacity of 43,000 tons", "will annually purchase"), and the period they
// refer to ("in 2024", "by 2030", "last year"). What a plant can do is
// its capacity ("can make", "is designed to produce"), and so is the rate
// at which it processes ("a mill that treats 3 Mt of ore a year"). A
// [Context] carries what earlier sentences said, so that "Nicaragua
// bought 6,100 tons" after a sentence on corn sales is corn, and sales,
// and a figure that restates an earlier one in other words keeps its
// measure.
//
// # Cost
//
// Scan does work linear in the length of its input, with a bounded look
// around each number, and allocates nothing when the input holds no
// quantity. Link is linear in the length of the sentence.
package qty
