// Conformance case 'core-tag-aspect-more': tag-aspect.test.ts / tag-manager.test.ts on real taggables
// (a queue: a standard tag list; a string parameter: a tag map), a stack per test
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');
const ssm = require('aws-cdk-lib/aws-ssm');
const { Construct } = require('constructs');
const { Tags, Aspects, Tag } = cdk;

const app = new cdk.App();
const both = (scope) => {
  new sqs.Queue(scope, 'Queue');
  new ssm.StringParameter(scope, 'Param', { stringValue: 'v' });
};

// T1: removeTag with priority 0 does not override a child's tag; the default one does
{
  const s = new cdk.Stack(app, 'T1');
  const res = new Construct(s, 'Res');
  both(res);
  const child = new Construct(res, 'Child');
  both(child);
  Tags.of(res).remove('key', { priority: 0 });
  Tags.of(child).add('key', 'value');
  const res2 = new Construct(s, 'Res2');
  const child2 = new Construct(res2, 'Child');
  both(child2);
  Tags.of(res2).remove('key');
  Tags.of(child2).add('key', 'value');
}
// T2: the Tag aspect added directly (Aspects.of(res).add(new Tag)), the last one wins, a child's own
{
  const s = new cdk.Stack(app, 'T2');
  const res = new Construct(s, 'Res');
  both(res);
  const child = new Construct(res, 'Child');
  both(child);
  Aspects.of(res).add(new Tag('foo', 'bar'));
  Aspects.of(res).add(new Tag('foo', 'foobar'));
  Aspects.of(res).add(new Tag('foo', 'baz'));
  Aspects.of(child).add(new Tag('foo', 'good'));
  Aspects.of(s).add(new Tag('root', 'was here', { includeResourceTypes: ['AWS::SQS::Queue'] }));
}
// T3: tags are always ordered by key name (localeCompare: case, digits, punctuation; array-index keys first in a map, as JavaScript objects keep them)
{
  const s = new cdk.Stack(app, 'T3');
  both(s);
  for (const k of ['key', 'aardvark', 'name', 'myKey', 'Zeta', 'zeta', '_under', '10', '9', 'a-b', 'a_b', 'A', '2024', '0', '007']) {
    Tags.of(s).add(k, `v-${k}`);
  }
}
// T4: higher or equal priority wins; a remove of lower priority leaves the tag; an empty value
{
  const s = new cdk.Stack(app, 'T4');
  both(s);
  Tags.of(s).add('key', 'myVal', { priority: 2 });
  Tags.of(s).add('key', 'newVal', { priority: 1 });
  Tags.of(s).remove('key', { priority: 1 });
  Tags.of(s).add('eq', 'first', { priority: 5 });
  Tags.of(s).add('eq', 'second', { priority: 5 });
  Tags.of(s).add('gone', 'x', { priority: 2 });
  Tags.of(s).remove('gone', { priority: 2 });
  Tags.of(s).add('empty', '');
  Tags.of(s).add('launch', 'l', { applyToLaunchedInstances: false });
  Tags.of(s).add('mapOnly', 'm', { includeResourceTypes: ['AWS::SSM::Parameter'] });
  Tags.of(s).add('notMap', 'n', { excludeResourceTypes: ['AWS::SSM::Parameter'] });
}

app.synth();
