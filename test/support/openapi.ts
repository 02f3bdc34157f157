/**
 * api.github.com's own OpenAPI description (@octokit/openapi: GitHub's published description, as
 * Octokit generates its types from it) as a validator for the REST fake: a request must name an
 * operation GitHub has (path template and method), with path and query parameters of the
 * declared schemas (no undeclared parameter; `per_page` at most the "(max 100)" its description
 * states), an Accept media type the operation serves, and a body of its schema; an answer must
 * have a status the operation declares and a body of that status's schema. So the fake cannot
 * drift from GitHub, nor the action call GitHub in a way it would refuse.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvModule, { type ValidateFunction } from 'ajv';

// ajv is CommonJS: its class is the namespace's `default` under Node's ESM loader.
const Ajv = AjvModule.default;

type Json = Record<string, unknown>;
type Schema = Json;

interface Parameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required?: boolean;
  readonly description?: string;
  readonly schema?: Schema;
  readonly 'x-multi-segment'?: boolean;
}

export interface Operation {
  readonly id: string;
  readonly method: string;
  readonly template: string;
  readonly parameters: readonly Parameter[];
  readonly description: string;
  readonly requestBody?: { readonly required?: boolean; readonly content: Record<string, { schema?: Schema }> };
  readonly responses: Record<string, { readonly content?: Record<string, { schema?: Schema; examples?: Record<string, unknown> }>; readonly headers?: Record<string, unknown> }>;
}

export interface Request {
  readonly method: string;
  /** The path as sent, still percent-encoded, without the query string. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** The API version of the description (info.version); the one Octokit asks for by default too. */
const REST_API_VERSION = '2022-11-28';

/** Statuses GitHub can answer on any operation, listed or not: a server error, bad credentials, a refused permission, a rate limit. */
const ANY_OPERATION = (status: number) => status >= 500 || status === 401 || status === 403 || status === 429;

/**
 * The description's schemas are OpenAPI 3.0 schema objects: `nullable`, `discriminator`,
 * `example` and `x-` extensions are not JSON Schema. This returns the JSON Schema they mean,
 * with references into the components made absolute (`github#/$defs/<name>`).
 */
export function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (typeof node !== 'object' || node === null) return node;
  const source = node as Json;
  const out: Json = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === 'example' || key === 'examples' || key === 'discriminator' || key === 'externalDocs' || key === 'nullable' || key.startsWith('x-')) continue;
    if (key === '$ref' && typeof value === 'string') {
      out.$ref = value.replace('#/components/schemas/', 'github#/$defs/');
      continue;
    }
    if (key === 'properties' && typeof value === 'object' && value !== null) {
      // A property may be named like a keyword (`example`, `nullable`): only its schema is converted.
      out.properties = Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, toJsonSchema(schema)]));
      continue;
    }
    out[key] = toJsonSchema(value);
  }
  // A discriminator picks one branch by a property; the branches themselves may overlap, which `oneOf` would refuse.
  if (source.discriminator && Array.isArray(out.oneOf)) {
    out.anyOf = out.oneOf;
    delete out.oneOf;
  }
  // OpenAPI 3.0: boolean exclusive bounds beside the bound; JSON Schema: the bound itself.
  for (const [bound, flag] of [['maximum', 'exclusiveMaximum'], ['minimum', 'exclusiveMinimum']] as const) {
    if (out[flag] === true) {
      out[flag] = out[bound];
      delete out[bound];
    } else if (out[flag] === false) delete out[flag];
  }
  if (source.nullable === true) return { anyOf: [out, { type: 'null' }] };
  return out;
}

/** The string formats the description uses, checked as GitHub documents them (RFC 3339 times, absolute URLs). */
export const FORMATS = {
  'date-time': (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(s) && !Number.isNaN(Date.parse(s)),
  date: (s: string) => /^\d{4}-\d\d-\d\d$/.test(s),
  uri: (s: string) => URL.canParse(s),
  email: (s: string) => /^[^@\s]+@[^@\s]+$/.test(s),
  'uri-template': () => true,
  int64: () => true,
  timestamp: () => true,
  binary: () => true,
} as const;

/** `application/vnd.github.v3.raw` → `application/vnd.github.raw+json`: GitHub's legacy spellings of a media type, normalised. */
export function normaliseMediaType(type: string): string {
  const t = type.split(';')[0]!.trim().toLowerCase();
  const m = /^application\/vnd\.github(?:\.v3)?(?:\.([\w-]+))?(\+json)?$/.exec(t);
  if (!m) return t;
  return m[1] ? `application/vnd.github.${m[1]}+json` : 'application/vnd.github+json';
}

let loaded: GitHubOpenApi | undefined;

export class GitHubOpenApi {
  private readonly operations: { readonly operation: Operation; readonly pattern: RegExp; readonly names: readonly string[]; readonly literal: number }[] = [];
  private readonly ajv: InstanceType<typeof Ajv>;
  private readonly validators = new Map<string, ValidateFunction>();

  /** The description of api.github.com, read and prepared once per test file. */
  static load(): GitHubOpenApi {
    loaded ??= new GitHubOpenApi(JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8')) as Json);
    return loaded;
  }

  private constructor(private readonly spec: Json) {
    const components = spec.components as { schemas: Json };
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, formats: FORMATS });
    this.ajv.addSchema({ $id: 'github', $defs: toJsonSchema(components.schemas) as Json });
    for (const [template, item] of Object.entries(spec.paths as Record<string, Json>)) {
      for (const [method, raw] of Object.entries(item)) {
        if (!['get', 'post', 'put', 'patch', 'delete', 'head'].includes(method)) continue;
        const op = raw as Json;
        const parameters = [...((item.parameters as unknown[]) ?? []), ...((op.parameters as unknown[]) ?? [])].map((p) => this.resolve(p) as Parameter);
        const operation: Operation = {
          id: String(op.operationId),
          method: method.toUpperCase(),
          template,
          parameters,
          description: String(op.description ?? ''),
          ...(op.requestBody ? { requestBody: this.resolve(op.requestBody) as Operation['requestBody'] & object } : {}),
          responses: Object.fromEntries(Object.entries(op.responses as Json).map(([status, r]) => [status, this.resolve(r) as Operation['responses'][string]])),
        };
        const names: string[] = [];
        const pattern = template.replace(/\{([^}]+)\}|[^{]+/g, (whole, name: string | undefined) => {
          if (name === undefined) return whole.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
          names.push(name);
          // x-multi-segment: a file path, slashes included (repos/get-content).
          return parameters.find((p) => p.name === name)?.['x-multi-segment'] ? '(.+)' : '([^/]+)';
        });
        this.operations.push({ operation, pattern: new RegExp(`^${pattern}$`), names, literal: template.replace(/\{[^}]+\}/g, '').length });
      }
    }
  }

  /** A `$ref` into the components (a parameter, a response, a request body), resolved. */
  private resolve(node: unknown): unknown {
    const ref = (node as Json | undefined)?.$ref;
    if (typeof ref !== 'string') return node;
    return this.resolve(ref.slice(2).split('/').reduce<unknown>((at, part) => (at as Json)[part], this.spec));
  }

  private validator(schema: Schema): ValidateFunction {
    const key = JSON.stringify(schema);
    const known = this.validators.get(key);
    if (known) return known;
    const validate = this.ajv.compile(toJsonSchema(schema) as Schema);
    this.validators.set(key, validate);
    return validate;
  }

  /** Schema errors of a value, as "where: message" lines; none when it conforms. */
  private errors(schema: Schema | undefined, value: unknown, where: string): string[] {
    if (!schema) return [];
    const validate = this.validator(schema);
    if (validate(value)) return [];
    return (validate.errors ?? []).slice(0, 5).map((e) => `${where}${e.instancePath} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`);
  }

  /** The operation a method and path name, and the path parameters' values (decoded); the most literal template wins. */
  find(method: string, path: string): { readonly operation: Operation; readonly params: Record<string, string> } | undefined {
    const candidates = this.operations.filter((o) => o.operation.method === method && o.pattern.test(path)).sort((a, b) => b.literal - a.literal);
    const best = candidates[0];
    if (!best) return undefined;
    const values = best.pattern.exec(path)!.slice(1);
    return { operation: best.operation, params: Object.fromEntries(best.names.map((n, i) => [n, decodeURIComponent(values[i]!)])) };
  }

  /** The media types an operation serves: its responses' content types, the custom types its description lists, and GitHub's default. */
  mediaTypes(operation: Operation): Set<string> {
    const types = new Set(['application/json', 'application/vnd.github+json']);
    for (const response of Object.values(operation.responses)) for (const type of Object.keys(response.content ?? {})) types.add(normaliseMediaType(type));
    for (const m of operation.description.matchAll(/`(application\/vnd\.github\.[\w-]+\+json)`/g)) types.add(m[1]!);
    return types;
  }

  /** Everything wrong with a request, as GitHub's description sees it; the operation when there is one. */
  checkRequest(request: Request): { readonly operation?: Operation; readonly violations: string[] } {
    const found = this.find(request.method, request.path);
    if (!found) {
      const other = this.operations.filter((o) => o.pattern.test(request.path)).map((o) => o.operation.method);
      return { violations: [other.length > 0 ? `${request.method} is not a method of ${request.path} (it has ${[...new Set(other)].join(', ')})` : `no operation of api.github.com has the path ${request.path}`] };
    }
    const { operation, params } = found;
    const violations: string[] = [];
    for (const p of operation.parameters.filter((p) => p.in === 'path')) {
      violations.push(...this.errors(p.schema, coerce(params[p.name]!, p.schema), `path parameter ${p.name}`));
    }
    const declared = new Map(operation.parameters.filter((p) => p.in === 'query').map((p) => [p.name, p]));
    for (const [name, value] of request.query) {
      const p = declared.get(name);
      if (!p) {
        violations.push(`query parameter ${name} is not a parameter of ${operation.id}`);
        continue;
      }
      // "The number of results per page (max 100)": the bound lives in the description's words.
      const max = /\(max (\d+)\)/.exec(p.description ?? '')?.[1];
      const schema = max ? { ...p.schema, maximum: Number(max) } : p.schema;
      violations.push(...this.errors(schema, coerce(value, p.schema), `query parameter ${name}`));
    }
    for (const p of declared.values()) if (p.required && !request.query.has(p.name)) violations.push(`query parameter ${p.name} is required by ${operation.id}`);

    const accept = String(request.headers.accept ?? '');
    const served = this.mediaTypes(operation);
    const asked = accept.split(',').map(normaliseMediaType).filter(Boolean);
    if (!asked.some((t) => t === '*/*' || served.has(t))) violations.push(`Accept ${accept} is not a media type ${operation.id} serves (${[...served].join(', ')})`);
    const version = request.headers['x-github-api-version'];
    if (version !== undefined && version !== REST_API_VERSION) violations.push(`X-GitHub-Api-Version ${String(version)} is not ${REST_API_VERSION}`);

    const body = operation.requestBody;
    if (!body) {
      if (request.body !== '') violations.push(`${operation.id} takes no request body`);
    } else if (request.body === '') {
      if (body.required) violations.push(`${operation.id} requires a request body`);
    } else {
      const type = String(request.headers['content-type'] ?? '').split(';')[0]!.trim();
      const schema = body.content[type]?.schema;
      if (!(type in body.content)) violations.push(`Content-Type ${type} is not one ${operation.id} takes (${Object.keys(body.content).join(', ')})`);
      let parsed: unknown;
      try {
        parsed = JSON.parse(request.body);
      } catch {
        violations.push(`the request body is not JSON`);
      }
      if (parsed !== undefined) {
        violations.push(...this.errors(schema, parsed, 'request body'));
        // GitHub ignores a property it does not know: a misspelt one would be lost without a word.
        const known = Object.keys((schema?.properties as Json | undefined) ?? {});
        if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) && known.length > 0) {
          for (const key of Object.keys(parsed)) if (!known.includes(key)) violations.push(`request body property ${key} is not in ${operation.id}'s schema`);
        }
      }
    }
    return { operation, violations };
  }

  /** Everything wrong with an answer to `operation`: the status, the body's schema, the headers GitHub always sends. */
  checkResponse(operation: Operation, status: number, headers: Record<string, string | string[] | number | undefined>, body: Buffer): string[] {
    const violations: string[] = [];
    const declared = operation.responses[String(status)];
    const type = String(headers['content-type'] ?? '').split(';')[0]!.trim();
    const where = `response ${status} of ${operation.id}`;
    if (!declared && !ANY_OPERATION(status)) violations.push(`${operation.id} declares no status ${status} (it has ${Object.keys(operation.responses).join(', ')})`);
    for (const name of ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'x-ratelimit-used']) {
      if (!/^\d+$/.test(String(headers[name] ?? ''))) violations.push(`${where}: header ${name} is ${String(headers[name])}, not an integer`);
    }
    if (headers['x-ratelimit-resource'] !== 'core') violations.push(`${where}: header x-ratelimit-resource is ${String(headers['x-ratelimit-resource'])}, not core`);
    if (status === 304 || status === 204) return violations;
    if (type === 'application/json') {
      let parsed: unknown;
      try {
        parsed = JSON.parse(body.toString('utf8'));
      } catch {
        return [...violations, `${where}: the body is not JSON`];
      }
      const content = declared?.content;
      const schema = declared ? content?.['application/json']?.schema : { $ref: '#/components/schemas/basic-error' };
      if (declared && !schema && content && Object.keys(content).length > 0) violations.push(`${where}: JSON, but the operation answers ${Object.keys(content).join(', ')}`);
      violations.push(...this.errors(schema, parsed, where));
    } else if (!normaliseMediaType(type).startsWith('application/vnd.github.') || !this.mediaTypes(operation).has(normaliseMediaType(type))) {
      violations.push(`${where}: Content-Type ${type} is not a media type of the operation`);
    }
    return violations;
  }

  /** The description's own example of an answer (GitHub's recorded shape), for the fake to build on. */
  example(operationId: string, status = '200'): unknown {
    const operation = this.operations.find((o) => o.operation.id === operationId)?.operation;
    const examples = operation?.responses[status]?.content?.['application/json']?.examples;
    if (!examples) throw new Error(`the description has no example of ${operationId} ${status}`);
    const first = this.resolve(Object.values(examples)[0]) as { value: unknown };
    return structuredClone(first.value);
  }
}

/** A path or query value (always a string on the wire) as the type its schema declares. */
function coerce(value: string, schema: Schema | undefined): unknown {
  const type = schema?.type;
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}
