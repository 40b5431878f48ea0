// The public API of @teilhabe/redis: what other libraries and the apps use, and nothing more.
export { REDIS, type RedisClient, RedisModule } from './redis.module';
