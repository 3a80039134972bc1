// Compile-time checks only (never rendered): each line fails the build if the kit's types go loose.
import { SxSearch } from 'sx-kit/react';

export const checks = [
  // @ts-expect-error the event's detail is typed: resultCount is a number
  <SxSearch key="detail" onSxSearch={(event) => event.detail.resultCount.toUpperCase()} />,
  // @ts-expect-error no such event prop
  <SxSearch key="event" onSxSerch={() => {}} />,
  // @ts-expect-error synonyms is a map of word lists
  <SxSearch key="synonyms" synonyms={{ wifi: 'wlan' }} />,
];
