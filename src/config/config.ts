/** Log levels, least severe first. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

/** Where Onboard may answer unprompted questions (see `ONBOARD_CHANNEL_REPLIES`). */
export type ChannelReplies =
  | { mode: 'off' }
  | { mode: 'questions' }
  | { mode: 'channels'; channels: string[] };

/** Slack connection settings; tokens stay undefined when not configured. */
export interface SlackConfig {
  botToken?: string;
  appToken?: string;
  signingSecret?: string;
  port: number;
  /** Always ends with `/`. */
  apiUrl: string;
}

/** Validated configuration, read once at start and passed to whoever needs it. */
export interface Config {
  slack: SlackConfig;
  knowledge: {
    roots: string[];
    configPath?: string;
    /** Unset: one file per knowledge set under `.cache/`. */
    cachePath?: string;
  };
  dbPath: string;
  channelReplies: ChannelReplies;
  welcomeChannels: string[];
  logLevel: LogLevelName;
}
