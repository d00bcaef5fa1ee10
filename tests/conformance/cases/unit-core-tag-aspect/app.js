// Conformance case 'unit-core-tag-aspect': aws-cdk's core tag-aspect.test.ts with real taggable
// resources (a queue: a standard tag list; a string parameter: a tag map) for its fake ones.
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');
const ssm = require('aws-cdk-lib/aws-ssm');
const { Construct } = require('constructs');

const app = new cdk.App();
const root = new cdk.Stack(app, 'TestStack');

// add will add a tag and remove will remove a tag if it exists
const res = new Construct(root, 'Res');
new sqs.Queue(res, 'Queue');
new ssm.StringParameter(res, 'Param', { stringValue: 'v' });
new sqs.Queue(new Construct(res, 'Child'), 'Queue');
new sqs.Queue(root, 'Untouched');
cdk.Tags.of(root).add('root', 'was here');
cdk.Tags.of(res).add('first', 'there is only 1');
cdk.Tags.of(res).remove('root');
cdk.Tags.of(res).remove('doesnotexist');

// the last aspect applied takes precedence; the nearest scope's wins
const last = new Construct(root, 'Last');
new sqs.Queue(last, 'Queue');
const lastChild = new Construct(last, 'Child');
new sqs.Queue(lastChild, 'Queue');
cdk.Tags.of(last).add('foo', 'bar');
cdk.Tags.of(last).add('foo', 'foobar');
cdk.Tags.of(last).add('foo', 'baz');
cdk.Tags.of(lastChild).add('foo', 'good');

// a removal (priority 200) above overrides a tag added below (priority 100)
const removal = new Construct(root, 'Removal');
new sqs.Queue(removal, 'Queue');
const removalChild = new Construct(removal, 'Child');
new sqs.Queue(removalChild, 'Queue');
cdk.Tags.of(removal).remove('key');
cdk.Tags.of(removalChild).add('key', 'value');

app.synth();
