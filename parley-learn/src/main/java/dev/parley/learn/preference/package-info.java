/**
 * General (possibly intransitive) preferences and their game (REFERENCE §6.2, §9.8): the preference
 * matrix of one prompt with its von Neumann winner (by parley-analysis's zero-sum LP), the
 * KL-regularised Nash equilibrium π*_τ of Munos et al., exploitability and duality gaps; and the
 * per-context preference oracle the trainers query.
 */
package dev.parley.learn.preference;
