import '../../demo/registry';
