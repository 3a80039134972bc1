/**
 * One React component per element, from @lit/react: props the element class has are set as
 * properties (objects and functions arrive intact, also when React renders the tag before it is
 * defined: Lit re-applies them on upgrade), the rest as attributes, and each `sx-*` event becomes a
 * camelCase prop (`sx-article-open` → `onSxArticleOpen`) typed with the event's detail.
 */
import { createComponent, type EventName } from '@lit/react';
// The default import: React is CommonJS, and every bundler gives `module.exports` as the default.
import React from 'react';
import type { SxEvent, SxEventName } from '../core/events.js';

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;

/** `sx-article-open` → `onSxArticleOpen`. */
export type EventProp<K extends string> = `on${Capitalize<Camel<K>>}`;

export type EventProps<K extends SxEventName> = { [E in K as EventProp<E>]: EventName<SxEvent<E>> };

export function eventProp<K extends string>(name: K): EventProp<K> {
  return `on${name.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase())}` as EventProp<K>;
}

/** The prop → event-name map @lit/react listens with, from the real event names. */
export function eventProps<K extends SxEventName>(...names: K[]): EventProps<K> {
  return Object.fromEntries(names.map((name) => [eventProp(name), name])) as unknown as EventProps<K>;
}

export function wrap<I extends HTMLElement, K extends SxEventName = never>(
  tagName: string,
  elementClass: new () => I,
  displayName: string,
  events: K[] = [],
) {
  return createComponent({ react: React, tagName, elementClass, displayName, events: eventProps(...events) });
}
