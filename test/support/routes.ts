import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { ACCESS, AccessEntry, AccessKey } from '@governance/domain';
import { ACCESS_KEY } from '../../apps/api/src/auth/access.decorator';

/** A route as Nest registered it, with the access-table entry its handler (or controller) names. */
export interface RegisteredRoute {
  method: string;
  /** Full path with the global prefix, e.g. /api/trusts/:trustId/schools. */
  path: string;
  /** The key it names in the access table, as written (it may not be one). */
  accessKey: string | undefined;
  /** Its entry in the access table, when the key is one. */
  rule: AccessEntry | undefined;
  /** Controller.method, to name a route in a failure. */
  handler: string;
  /** Whether the handler reads a request body (@Body() or an uploaded file). */
  takesBody: boolean;
  /** The DTO class its @Body() is validated against, if it has one. */
  bodyType?: new () => object;
}

const GLOBAL_PREFIX = 'api';

/**
 * Every controller route of the application, found through Nest's module container, so a
 * route added later is listed without touching the tests.
 */
export function registeredRoutes(app: NestExpressApplication): RegisteredRoute[] {
  const routes: RegisteredRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller || typeof controller !== 'function') continue;
      const prefixes = asArray(
        Reflect.getMetadata(PATH_METADATA, controller) as string | string[] | undefined,
      );
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const paths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (paths === undefined || method === undefined) continue;
        const accessKey =
          (Reflect.getMetadata(ACCESS_KEY, handler) as string | undefined) ??
          (Reflect.getMetadata(ACCESS_KEY, controller) as string | undefined);
        const rule: AccessEntry | undefined =
          accessKey !== undefined && Object.prototype.hasOwnProperty.call(ACCESS, accessKey)
            ? ACCESS[accessKey as AccessKey]
            : undefined;
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<string, unknown>;
        const takesBody = Object.keys(args).some((key) =>
          [RouteParamtypes.BODY, RouteParamtypes.FILE, RouteParamtypes.FILES].includes(Number(key.split(':')[0])),
        );
        const bodyType = bodyTypeOf(controller, name, args);
        for (const prefix of prefixes) {
          for (const path of asArray(paths)) {
            routes.push({
              method: RequestMethod[method],
              path: joinPath(GLOBAL_PREFIX, prefix, path),
              accessKey,
              rule,
              handler: `${controller.name}.${name}`,
              takesBody,
              ...(bodyType ? { bodyType } : {}),
            });
          }
        }
      }
    }
  }
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

/** The class of the handler's @Body() parameter, from the types TypeScript records for it. */
function bodyTypeOf(controller: new (...args: never[]) => object, name: string, args: Record<string, unknown>): (new () => object) | undefined {
  const bodyKey = Object.keys(args).find((key) => Number(key.split(':')[0]) === RouteParamtypes.BODY);
  if (bodyKey === undefined) return undefined;
  const index = Number(bodyKey.split(':')[1]);
  const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, name) ?? []) as unknown[];
  const type = types[index];
  return typeof type === 'function' && type !== Object ? (type as new () => object) : undefined;
}

/** Routes the Express router actually serves (Nest's and those added directly, like the API docs). */
export function expressRoutes(app: NestExpressApplication): { method: string; path: string }[] {
  const router = (app.getHttpAdapter().getInstance() as { router: { stack: ExpressLayer[] } })
    .router;
  return router.stack.flatMap((layer) =>
    layer.route
      ? Object.keys(layer.route.methods).map((method) => ({
          method: method.toUpperCase(),
          path: layer.route!.path,
        }))
      : [],
  );
}

interface ExpressLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** Replaces each :param with its value from `values`, or with `fallback(name)`. */
export function fillPath(
  path: string,
  values: Record<string, string>,
  fallback: (name: string) => string,
): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, (_match, name: string) =>
    encodeURIComponent(values[name] ?? fallback(name)),
  );
}

function asArray(value: string | string[] | undefined): string[] {
  if (value === undefined) return [''];
  return Array.isArray(value) ? value : [value];
}

function joinPath(...parts: string[]): string {
  const joined = parts
    .flatMap((part) => part.split('/'))
    .filter((segment) => segment !== '')
    .join('/');
  return `/${joined}`;
}
