// Conformance case 'sns-topic-fifo-names': FIFO topic names: a generated name (Names.uniqueResourceName) past
// its 243-character human part under Default/Resource scopes in a stack with a stackName, an empty topicName (generated too), a given name already
// ending in .fifo, and fifo/contentBasedDeduplication given as false
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');
const { Construct } = require('constructs');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack-With.Dots', { stackName: 'my-stack-name' });
const long = 'L'.repeat(130);
const a = new Construct(stack, long);
const b = new Construct(a, 'Default');
const c = new Construct(b, 'Resource');
new sns.Topic(c, 'x' + long, { fifo: true });
new sns.Topic(stack, 'Topic', { fifo: true, topicName: 'already.fifo' });
new sns.Topic(stack, 'Topic3', { fifo: true, topicName: '' });
new sns.Topic(stack, 'Topic2', { fifo: false, contentBasedDeduplication: false });
app.synth();
