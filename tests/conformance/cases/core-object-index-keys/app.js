// Conformance case 'core-object-index-keys': object keys that are array indexes ("0", "9", "10") come
// first, in ascending order, as JavaScript objects keep them: in properties, a mapping, stack tags,
// toJsonString and node metadata
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { tags: { b: '1', 10: 'ten', 9: 'nine', '01': 'lead' } });
const obj = JSON.parse('{"b":1,"10":2,"9":3,"01":4,"4294967295":5,"4294967294":6,"-1":7,"1.5":8,"0":9}');
new cdk.CfnResource(stack, 'R', { type: 'AWS::X::Y', properties: { Obj: obj, Nested: { list: [obj], z: { 3: 'c', a: 'a', 1: 'b' } } } });
new cdk.CfnMapping(stack, 'Map', { mapping: { b: { x: '1' }, 20: { x: '2' }, 3: { x: '3' } } });
new cdk.CfnOutput(stack, 'Json', { value: stack.toJsonString(obj) });
stack.node.addMetadata('meta', obj);
app.synth();
