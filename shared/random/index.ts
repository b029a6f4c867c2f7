export { Xoshiro128, type XoshiroState } from './xoshiro128';
export { hashSeed, deriveSeed, seedText, type Seed } from './seed';
export { Random } from './random';
export { shuffle, sampleWithoutReplacement } from './permute';
export { seededByteSource } from './bytes';
